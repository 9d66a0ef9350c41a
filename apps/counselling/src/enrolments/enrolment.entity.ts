import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const ENROLMENT_STATUSES = ['active', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** A member of a programme: enrolled from an accepted application, after consent. */
@Entity('enrolments')
@Index('ux_enrolments_member', ['programmeId', 'accountId'], { unique: true })
export class Enrolment {
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

  @Column({ name: 'application_id', type: 'char', length: 36 })
  applicationId: string;

  @Column({ name: 'consent_id', type: 'char', length: 36 })
  consentId: string;

  @Column({ type: 'varchar', length: 20 })
  status: EnrolmentStatus;

  @Column({ name: 'enrolled_at', type: 'datetime', precision: 3 })
  enrolledAt: Date;

  @Column({ name: 'withdrawn_at', type: 'datetime', precision: 3, nullable: true })
  withdrawnAt: Date | null;
}
