import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { InstrumentCode } from '@linkage/screening-rules';
import type { Sex } from '../residents/resident-identity';
import type { AgeBand } from './age-band';

/**
 * One administration of an instrument to a resident. The raw answers and the scored outcome (item
 * scores, totals, classification, band) are stored encrypted, bound to this result; plain are only the
 * stage, instrument and version, which say what it is without saying anything of the resident.
 */
@Entity('screening_results')
export class ScreeningResult {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'resident_id', type: 'char', length: 36 })
  residentId: string;

  @Column({ name: 'campaign_id', type: 'char', length: 36 })
  campaignId: string;

  /** Made on the device that entered it: a retry after a lost answer is the same result. */
  @Column({ name: 'client_id', type: 'char', length: 36 })
  clientId: string;

  @Column({ type: 'tinyint' })
  stage: 1 | 2;

  @Column({ type: 'varchar', length: 20 })
  instrument: InstrumentCode;

  @Column({ type: 'varchar', length: 40 })
  version: string;

  @Column({ name: 'session_id', type: 'char', length: 36, nullable: true })
  sessionId: string | null;

  @Column({ name: 'answers_enc', type: 'text' })
  answersEnc: string;

  @Column({ name: 'outcome_enc', type: 'text' })
  outcomeEnc: string;

  @Column({ name: 'administered_at', type: 'datetime', precision: 3 })
  administeredAt: Date;

  @Column({ name: 'recorded_by', type: 'char', length: 36 })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt: Date;
}

/**
 * Results counted as they are recorded, in the transaction that records them, so a campaign's
 * dashboard reads sums of small rows and never decrypts a result.
 */
@Entity('screening_counts')
export class ScreeningCount {
  @PrimaryColumn({ name: 'campaign_id', type: 'char', length: 36 })
  campaignId: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  community: string;

  @PrimaryColumn({ type: 'tinyint' })
  stage: 1 | 2;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  instrument: InstrumentCode;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  classification: 'positive' | 'negative';

  @PrimaryColumn({ type: 'varchar', length: 6 })
  sex: Sex;

  @PrimaryColumn({ name: 'age_band', type: 'varchar', length: 10 })
  ageBand: AgeBand;

  @Column({ type: 'int', unsigned: true })
  count: number;
}
