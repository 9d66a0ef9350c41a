import { moduleError } from '@linkage/errors';

export const CheckInErrorCode = {
  GOAL_NOT_FOUND: 'not_found',
} as const;

export class CheckInError extends moduleError(CheckInErrorCode, {
  GOAL_NOT_FOUND: 'This member has not set a quitting goal yet.',
}) {}
