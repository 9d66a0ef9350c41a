import { Column, Entity, Index, PrimaryColumn, type ValueTransformer } from 'typeorm';

/** mysql2 returns DECIMAL as a string; hours have two places, exact enough as numbers here. */
const decimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export const HOURS_DECISIONS = ['confirmed', 'disputed'] as const;
export type HoursDecision = (typeof HOURS_DECISIONS)[number];

/**
 * A volunteer's hours at one of our events' shifts, as volunteers last recorded them (highest version),
 * and the partner's decision on them. A newer record with different hours clears the decision: the
 * partner certifies the hours as they now stand.
 */
@Entity('partner_event_hours')
@Index('ix_partner_event_hours_event', ['eventId', 'recordedAt'])
export class EventHoursRecord {
  @PrimaryColumn({ name: 'hours_record_id', type: 'char', length: 36 })
  hoursRecordId: string;

  @Column({ name: 'event_id', type: 'char', length: 36 })
  eventId: string;

  @Column({ name: 'shift_id', type: 'char', length: 36 })
  shiftId: string;

  @Column({ name: 'volunteer_id', type: 'char', length: 36 })
  volunteerId: string;

  @Column({ name: 'volunteer_name', type: 'varchar', length: 100 })
  volunteerName: string;

  @Column({ type: 'decimal', precision: 6, scale: 2, transformer: decimal })
  hours: number;

  /** volunteers' status of the record: recorded, verified, disputed. */
  @Column({ name: 'record_status', type: 'varchar', length: 12 })
  recordStatus: string;

  @Column({ name: 'checked_in_at', type: 'datetime', precision: 3, nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'checked_out_at', type: 'datetime', precision: 3, nullable: true })
  checkedOutAt: Date | null;

  @Column({ type: 'int', unsigned: true })
  version: number;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt: Date;

  @Column({ type: 'varchar', length: 12, nullable: true })
  decision: HoursDecision | null;

  @Column({ name: 'decision_reason', type: 'varchar', length: 500, nullable: true })
  decisionReason: string | null;

  @Column({ name: 'certified_by', type: 'char', length: 36, nullable: true })
  certifiedBy: string | null;

  @Column({ name: 'certified_at', type: 'datetime', precision: 3, nullable: true })
  certifiedAt: Date | null;
}
