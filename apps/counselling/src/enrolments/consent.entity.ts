import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A member's consent to take part and to the processing of their data, each with the version of the
 * text they agreed to, when, and who recorded it (the member, or a counsellor from a signed form).
 * Withdrawn, it stays as a record of what was agreed and when it ended.
 */
@Entity('consents')
@Index('ix_consents_member', ['programmeId', 'accountId'])
export class Consent {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'programme_id', type: 'char', length: 36 })
  programmeId: string;

  @Column({ name: 'account_id', type: 'char', length: 36 })
  accountId: string;

  @Column({ name: 'participation_version', type: 'varchar', length: 40 })
  participationVersion: string;

  @Column({ name: 'data_processing_version', type: 'varchar', length: 40 })
  dataProcessingVersion: string;

  @Column({ name: 'given_at', type: 'datetime', precision: 3 })
  givenAt: Date;

  @Column({ name: 'recorded_by', type: 'char', length: 36 })
  recordedBy: string;

  @Column({ name: 'withdrawn_at', type: 'datetime', precision: 3, nullable: true })
  withdrawnAt: Date | null;
}
