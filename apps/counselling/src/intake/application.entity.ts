import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Answers } from './survey';

export const APPLICATION_STATUSES = [
  'submitted',
  'accepted',
  'waitlisted',
  'referred',
  'enrolled',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** A student's answers to a programme's intake survey, scored, with the counsellor's decision. */
@Entity('applications')
@Index('ux_applications_member', ['programmeId', 'accountId'], { unique: true })
export class Application {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'programme_id', type: 'char', length: 36 })
  programmeId: string;

  @Column({ name: 'account_id', type: 'char', length: 36 })
  accountId: string;

  @Column({ name: 'volunteer_id', type: 'char', length: 36, nullable: true })
  volunteerId: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'json' })
  answers: Answers;

  @Column({ type: 'smallint', nullable: true })
  score: number | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  band: string | null;

  @Column({ type: 'boolean' })
  eligible: boolean;

  /** The eligibility rules the answers did not meet, in words. */
  @Column({ type: 'json' })
  unmet: string[];

  @Column({ name: 'survey_version', type: 'int', unsigned: true })
  surveyVersion: number;

  @Index('ix_applications_status')
  @Column({ type: 'varchar', length: 20 })
  status: ApplicationStatus;

  @Column({ name: 'decision_reason', type: 'varchar', length: 500, nullable: true })
  decisionReason: string | null;

  @Column({ name: 'decided_by', type: 'char', length: 36, nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
