import { moduleError } from '@linkage/errors';

export const HoursErrorCode = {
  CHECK_OUT_NOT_AFTER_CHECK_IN: 'unprocessable',
  TRAVEL_EXCEEDS_ATTENDANCE: 'unprocessable',
  INVALID_HOURS: 'unprocessable',
  HOURS_NOT_FOUND: 'not_found',
  HOURS_VERIFY_FORBIDDEN: 'forbidden',
  HOURS_DAILY_CAP_EXCEEDED: 'unprocessable',
  HOURS_ALREADY_VERIFIED: 'conflict',
} as const;

export class HoursError extends moduleError(HoursErrorCode, {
  CHECK_OUT_NOT_AFTER_CHECK_IN: 'Check-out (2026-10-17 09:00) must be after check-in (2026-10-17 09:30).',
  TRAVEL_EXCEEDS_ATTENDANCE:
    'Travel (90 min) is longer than the time between check-in and check-out (60 min).',
  INVALID_HOURS: 'Hours are counted in half hours; 3.2 is not a multiple of 0.5.',
  HOURS_NOT_FOUND: 'No hours record with id 0192b7e2-e3f4-7a5b-9c6d-7e8f9a0b1c2d.',
  HOURS_VERIFY_FORBIDDEN:
    'Only a coordinator or the leader of the shift’s team verifies or adjusts hours, and not their own.',
  HOURS_DAILY_CAP_EXCEEDED: {
    message: '9.00 hours would take this volunteer over 8 hours on 2026-10-17.',
    details: { dates: ['2026-10-17'], maxHoursPerDay: 8 },
  },
  HOURS_ALREADY_VERIFIED:
    'These hours are verified already and count; a coordinator adjusts them if they are wrong.',
}) {}

export function hoursNotFound(id: string): HoursError {
  return new HoursError('HOURS_NOT_FOUND', `No hours record with id ${id}.`);
}
