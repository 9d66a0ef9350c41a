import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EligibilityRule, SurveyDefinition } from './survey';

/** A programme's intake survey: questions with their scoring and the eligibility rules, all as data. */
@Entity('intake_surveys')
export class IntakeSurvey {
  @PrimaryColumn({ name: 'programme_id', type: 'char', length: 36 })
  programmeId: string;

  @Column({ type: 'json' })
  definition: SurveyDefinition;

  @Column({ type: 'json' })
  eligibility: EligibilityRule[];

  /** Null while a draft: students see and answer only a published survey. */
  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true })
  publishedAt: Date | null;

  /** Grows with each change; an application records the version it answered. */
  @Column({ type: 'int', unsigned: true })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
