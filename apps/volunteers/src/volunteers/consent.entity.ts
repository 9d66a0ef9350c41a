import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Consent to the processing of personal information under one version of the station's privacy policy.
 * Append-only: a new version means a new consent, and the latest one is what the profile shows.
 */
@Entity('volunteer_consents')
export class Consent {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'volunteer_id', type: 'char', length: 36 })
  volunteerId: string;

  @Column({ name: 'policy_version', type: 'varchar', length: 20 })
  policyVersion: string;

  @Column({ name: 'given_at', type: 'datetime', precision: 3 })
  givenAt: Date;

  /** The account that recorded it: the volunteer's own, or a coordinator's for a signed paper form. */
  @Column({ name: 'recorded_by', type: 'char', length: 36, nullable: true })
  recordedBy: string | null;

  @Column({ name: 'by_self', type: 'boolean' })
  bySelf: boolean;
}
