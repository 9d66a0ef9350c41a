import { moduleError } from '@linkage/errors';

export const HoursErrorCode = {
  CHECK_OUT_NOT_AFTER_CHECK_IN: 'unprocessable',
  TRAVEL_EXCEEDS_ATTENDANCE: 'unprocessable',
  INVALID_HOURS: 'unprocessable',
  HOURS_NOT_FOUND: 'not_found',
  HOURS_VERIFY_FORBIDDEN: 'forbidden',
  HOURS_DAILY_CAP_EXCEEDED: 'unprocessable',
} as const;

export class HoursError extends moduleError(HoursErrorCode) {}
