import { moduleError } from '@linkage/errors';

export const ShiftErrorCode = {
  SHIFT_NOT_FOUND: 'not_found',
  SHIFT_SCHEDULE_INVALID: 'bad_request',
  SHIFT_FIT_NEEDS_VOLUNTEER: 'bad_request',
  SHIFT_MANAGE_FORBIDDEN: 'forbidden',
  SHIFT_TEAM_UNKNOWN: 'unprocessable',
  SHIFT_CAPACITY_BELOW_TAKEN: 'conflict',
  SHIFT_NOT_EDITABLE: 'conflict',
} as const;

export class ShiftError extends moduleError(ShiftErrorCode) {}
