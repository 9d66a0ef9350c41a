import { moduleError } from '@linkage/errors';

export const AttendanceErrorCode = {
  CHECK_IN_CODE_INVALID: 'unprocessable',
  CHECK_IN_CODE_EXPIRED: 'unprocessable',
  ATTENDANCE_NOT_CONFIRMED: 'unprocessable',
  ATTENDANCE_SHIFT_NOT_ACTIVE: 'unprocessable',
  ATTENDANCE_NOT_CHECKED_IN: 'unprocessable',
  ATTENDANCE_TIMES_INVALID: 'unprocessable',
  ATTENDANCE_ALREADY_CHECKED_IN: 'conflict',
} as const;

export class AttendanceError extends moduleError(AttendanceErrorCode) {}
