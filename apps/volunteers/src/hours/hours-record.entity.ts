import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type HoursStatus = 'recorded' | 'verified';

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
  /** What counts ("3.50"), after the daily limit and any adjustment. */
  @Column({ type: 'decimal', precision: 5, scale: 2 }) hours: string;
  /** What check-in and check-out gave before the limit across records. */
  @Column({ name: 'computed_hours', type: 'decimal', precision: 5, scale: 2 }) computedHours: string;
  /** What the 8-hour daily limit took off because of other records that day. */
  @Column({ name: 'trimmed_hours', type: 'decimal', precision: 5, scale: 2 }) trimmedHours: string;
  @Column({ name: 'travel_minutes', type: 'int', unsigned: true }) travelMinutes: number;
  @Column({ type: 'varchar', length: 10 }) status: HoursStatus;
  @Column({ name: 'recorded_by', type: 'char', length: 36, nullable: true }) recordedBy: string | null;
  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 }) recordedAt: Date;
  @Column({ name: 'verified_by', type: 'char', length: 36, nullable: true }) verifiedBy: string | null;
  @Column({ name: 'verified_at', type: 'datetime', precision: 3, nullable: true }) verifiedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt: Date;
}
