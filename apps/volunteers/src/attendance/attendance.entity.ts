import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type AttendanceStatus = 'attended' | 'no_show';
export type AttendanceMethod = 'qr' | 'card' | 'manual';

/** One volunteer at one shift: when they checked in and out, how, and from how far away. */
@Entity('attendance')
export class Attendance {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'shift_id', type: 'char', length: 36 })
  shiftId: string;

  @Column({ name: 'volunteer_id', type: 'char', length: 36 })
  volunteerId: string;

  @Column({ name: 'signup_id', type: 'char', length: 36 })
  signupId: string;

  @Column({ type: 'varchar', length: 12 })
  status: AttendanceStatus;

  @Column({ name: 'checked_in_at', type: 'datetime', precision: 3, nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'checked_out_at', type: 'datetime', precision: 3, nullable: true })
  checkedOutAt: Date | null;

  @Column({ name: 'check_in_method', type: 'varchar', length: 10, nullable: true })
  checkInMethod: AttendanceMethod | null;

  @Column({ name: 'check_out_method', type: 'varchar', length: 10, nullable: true })
  checkOutMethod: AttendanceMethod | null;

  @Column({ name: 'check_in_distance_m', type: 'int', unsigned: true, nullable: true })
  checkInDistanceMetres: number | null;

  @Column({ name: 'check_out_distance_m', type: 'int', unsigned: true, nullable: true })
  checkOutDistanceMetres: number | null;

  /** A scan came from farther than FAR_FROM_VENUE_METRES: for the leader to look at, never refused. */
  @Column({ name: 'far_from_venue', type: 'boolean' })
  farFromVenue: boolean;

  /** Set by the sweep when a check-in has had no check-out for 24 hours. */
  @Column({ name: 'missing_check_out_at', type: 'datetime', precision: 3, nullable: true })
  missingCheckOutAt: Date | null;

  /** The account that last recorded a time (the volunteer scanning, or a coordinator or leader). */
  @Column({ name: 'recorded_by', type: 'char', length: 36, nullable: true })
  recordedBy: string | null;

  /** Why a coordinator or leader recorded it by hand, or marked a no-show. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}

export const MISSING_CHECK_OUT_AFTER_MS = 24 * 3_600_000;

/** A check-in without a check-out for 24 hours: flagged on read even before the sweep has run. */
export function missingCheckOut(attendance: Attendance, now: Date): boolean {
  return (
    attendance.checkedInAt !== null &&
    attendance.checkedOutAt === null &&
    now.getTime() - attendance.checkedInAt.getTime() >= MISSING_CHECK_OUT_AFTER_MS
  );
}
