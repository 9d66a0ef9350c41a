import { moduleError } from '@linkage/errors';

export const AttendanceErrorCode = {
  CHECK_IN_CODE_INVALID: 'unprocessable',
  CHECK_IN_CODE_EXPIRED: 'unprocessable',
  CHECK_IN_TOO_EARLY: 'unprocessable',
  CHECK_IN_CLOSED: 'unprocessable',
  CHECK_OUT_CLOSED: 'unprocessable',
  ATTENDANCE_NOT_CONFIRMED: 'unprocessable',
  ATTENDANCE_SHIFT_NOT_ACTIVE: 'unprocessable',
  ATTENDANCE_NOT_CHECKED_IN: 'unprocessable',
  ATTENDANCE_TIMES_INVALID: 'unprocessable',
  ATTENDANCE_IN_FUTURE: 'unprocessable',
  ATTENDANCE_ALREADY_CHECKED_IN: 'conflict',
} as const;

export class AttendanceError extends moduleError(AttendanceErrorCode) {}
