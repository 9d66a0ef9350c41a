import type { ShiftData } from '../shifts/shift-data';
import { AttendanceError } from './attendance.error';

/** Attendance is taken only on a shift that still runs: a cancelled one takes no codes or scans. */
export function assertActive(shift: ShiftData): void {
  if (shift.status === 'cancelled') {
    throw new AttendanceError('ATTENDANCE_SHIFT_NOT_ACTIVE', 'This shift was cancelled.', {
      status: shift.status,
    });
  }
}

/** A refusal worked out by a window rule, thrown; none lets the scan through. */
export function refuse(refusal: AttendanceError | null): void {
  if (refusal) throw refusal;
}

export function notConfirmed(): AttendanceError {
  return new AttendanceError(
    'ATTENDANCE_NOT_CONFIRMED',
    'Only volunteers with a confirmed sign-up for this shift can check in.',
  );
}
