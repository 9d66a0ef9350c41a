import type { ShiftData } from '../shifts/shift-data';
import { AttendanceError } from './attendance.error';

/**
 * Times and places of a scan, shared by a volunteer's scan of the shift's code and a leader's scan of
 * a volunteer's card.
 */

/** A phone's clock may run a little ahead of the server's. */
const CLOCK_SKEW_MS = 2 * 60_000;

export function refuseFuture(scannedAt: string, received: Date): void {
  if (new Date(scannedAt).getTime() > received.getTime() + CLOCK_SKEW_MS) {
    throw new AttendanceError('ATTENDANCE_IN_FUTURE', 'The scan’s time is ahead of the server’s clock.', {
      scannedAt,
    });
  }
}

export const min = (a: Date, b: Date): Date => (a < b ? a : b);
export const clamp = (t: Date, from: Date, to: Date): Date => (t < from ? from : t > to ? to : t);

export function venueOf(shift: ShiftData): { lat: number; lng: number } | null {
  return shift.latitude !== null && shift.longitude !== null
    ? { lat: shift.latitude, lng: shift.longitude }
    : null;
}
