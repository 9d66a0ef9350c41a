import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const MEASURE_PHASES = ['pre', 'post'] as const;
export type MeasurePhase = (typeof MEASURE_PHASES)[number];

/** One member's score on a scored instrument at the start (pre) or the end (post) of a programme. */
@Entity('outcome_measures')
@Index('ux_outcome_measures', ['enrolmentId', 'instrument', 'phase'], { unique: true })
export class OutcomeMeasure {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'programme_id', type: 'char', length: 36 })
  programmeId: string;

  @Column({ name: 'enrolment_id', type: 'char', length: 36 })
  enrolmentId: string;

  @Column({ name: 'account_id', type: 'char', length: 36 })
  accountId: string;

  /** What was measured, e.g. `ftnd`. */
  @Column({ type: 'varchar', length: 60 })
  instrument: string;

  @Column({ type: 'varchar', length: 10 })
  phase: MeasurePhase;

  @Column({ type: 'decimal', precision: 7, scale: 2, transformer: { to: (v: number) => v, from: Number } })
  score: number;

  /** Whether a lower score is the better one (FTND: less dependence), so "improved" reads right. */
  @Column({ name: 'lower_is_better', type: 'boolean' })
  lowerIsBetter: boolean;

  @Column({ name: 'recorded_by', type: 'char', length: 36 })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt: Date;
}
