import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EducationLevel } from '@linkage/screening-rules';
import type { ConsentKind } from './consent-state';
import type { Sex } from './resident-identity';

/**
 * A resident registered for screening in a campaign. The ID number, phone, address and informant's
 * phone are stored encrypted (`*_enc`: `v1.<kid>.…`, bound to this resident and field); the blind
 * indexes (`*_hash`) find a duplicate without decrypting. Name, sex, birth date and community stay
 * plain: lists and counts need them.
 */
@Entity('residents')
export class Resident {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'campaign_id', type: 'char', length: 36 })
  campaignId: string;

  /** The session it was registered at (a screener's always is); null when staff registered it elsewhere. */
  @Column({ name: 'session_id', type: 'char', length: 36, nullable: true })
  sessionId: string | null;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 6 })
  sex: Sex;

  /** YYYY-MM-DD. */
  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ type: 'varchar', length: 100 })
  community: string;

  @Column({ name: 'education_level', type: 'varchar', length: 20, nullable: true })
  educationLevel: EducationLevel | null;

  @Column({ name: 'education_years', type: 'tinyint', unsigned: true, nullable: true })
  educationYears: number | null;

  @Column({ name: 'id_number_enc', type: 'varchar', length: 255, nullable: true })
  idNumberEnc: string | null;

  @Column({ name: 'id_number_hash', type: 'char', length: 64, nullable: true })
  idNumberHash: string | null;

  @Column({ name: 'person_hash', type: 'char', length: 64 })
  personHash: string;

  @Column({ name: 'phone_enc', type: 'varchar', length: 255, nullable: true })
  phoneEnc: string | null;

  @Column({ name: 'address_enc', type: 'text', nullable: true })
  addressEnc: string | null;

  @Column({ name: 'informant_name', type: 'varchar', length: 50, nullable: true })
  informantName: string | null;

  @Column({ name: 'informant_relation', type: 'varchar', length: 20, nullable: true })
  informantRelation: string | null;

  @Column({ name: 'informant_phone_enc', type: 'varchar', length: 255, nullable: true })
  informantPhoneEnc: string | null;

  @Column({ name: 'registered_by', type: 'char', length: 36 })
  registeredBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}

/** One consent as given (or refused), with the version of the text read out, who took it and when. */
@Entity('resident_consents')
export class ResidentConsent {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'resident_id', type: 'char', length: 36 })
  residentId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ConsentKind;

  @Column({ type: 'boolean' })
  granted: boolean;

  @Column({ name: 'text_version', type: 'varchar', length: 40 })
  textVersion: string;

  @Column({ name: 'taken_by', type: 'char', length: 36 })
  takenBy: string;

  /** When the resident gave it (on a paper form, maybe before it was entered). */
  @Column({ name: 'taken_at', type: 'datetime', precision: 3 })
  takenAt: Date;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt: Date;

  @Column({ name: 'withdrawn_at', type: 'datetime', precision: 3, nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_by', type: 'char', length: 36, nullable: true })
  withdrawnBy: string | null;

  @Column({ name: 'withdrawal_reason', type: 'varchar', length: 500, nullable: true })
  withdrawalReason: string | null;
}
