import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** recorded: waiting to be verified; verified: counts; disputed: the hosting partner disputed it (with a reason). */
export type HoursStatus = 'recorded' | 'verified' | 'disputed';

/**
 * The service time of one attendance. "Whoever records, certifies" (谁记录谁证明): it keeps who recorded
 * it and who verified it; only verified hours count in totals, points and certificates.
 */
@Entity('hours_records')
export class HoursRecord {
  @PrimaryColumn({ type: 'char', length: 36 }) id: string;
  @Column({ name: 'attendance_id', type: 'char', length: 36 }) attendanceId: string;
  @Column({ name: 'volunteer_id', type: 'char', length: 36 }) volunteerId: string;
  @Column({ name: 'shift_id', type: 'char', length: 36 }) shiftId: string;
  /** The shift's team when recorded, for totals by team and the leader's right to verify. */
  @Column({ name: 'team_id', type: 'char', length: 36, nullable: true }) teamId: string | null;
  /** The local date of the check-in. */
  @Column({ name: 'service_date', type: 'date' }) serviceDate: string;
  /** The attendance's times the hours were computed from (null for records made before they were kept). */
  @Column({ name: 'checked_in_at', type: 'datetime', precision: 3, nullable: true }) checkedInAt: Date | null;
  @Column({ name: 'checked_out_at', type: 'datetime', precision: 3, nullable: true })
  checkedOutAt: Date | null;
  /** What counts ("3.50"), after the daily limit and any adjustment. */
  @Column({ type: 'decimal', precision: 5, scale: 2 }) hours: string;
  /** What check-in and check-out gave before the limit across records. */
  @Column({ name: 'computed_hours', type: 'decimal', precision: 5, scale: 2 }) computedHours: string;
  /** What the 8-hour daily limit took off because of other records that day. */
  @Column({ name: 'trimmed_hours', type: 'decimal', precision: 5, scale: 2 }) trimmedHours: string;
  @Column({ name: 'travel_minutes', type: 'int', unsigned: true }) travelMinutes: number;
  @Column({ type: 'varchar', length: 10 }) status: HoursStatus;
  /** 1 when recorded, +1 with each change (HoursRepository.save): partners keep the newest copy. */
  @Column({ type: 'int', unsigned: true, default: 1 }) version: number;
  @Column({ name: 'recorded_by', type: 'char', length: 36, nullable: true }) recordedBy: string | null;
  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 }) recordedAt: Date;
  @Column({ name: 'verified_by', type: 'char', length: 36, nullable: true }) verifiedBy: string | null;
  @Column({ name: 'verified_at', type: 'datetime', precision: 3, nullable: true }) verifiedAt: Date | null;
  /** Why the hosting partner disputed the hours (kept after a coordinator settles them). */
  @Column({ name: 'dispute_reason', type: 'varchar', length: 500, nullable: true }) disputeReason:
    string | null;
  @Column({ name: 'disputed_at', type: 'datetime', precision: 3, nullable: true }) disputedAt: Date | null;
  /** The partner organisation that certified the hours ("whoever records, certifies"); null otherwise. */
  @Column({ name: 'verifier_organisation_id', type: 'char', length: 36, nullable: true })
  verifierOrganisationId: string | null;
  @Column({ name: 'verifier_organisation_name', type: 'varchar', length: 200, nullable: true })
  verifierOrganisationName: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt: Date;
}
