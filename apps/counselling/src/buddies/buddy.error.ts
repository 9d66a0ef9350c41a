import { moduleError } from '@linkage/errors';

export const BuddyErrorCode = {
  NOT_PAIRED: 'not_found',
  BUDDY_REQUEST_NOT_FOUND: 'not_found',
  NOTIFICATION_NOT_FOUND: 'not_found',
  ALREADY_PAIRED: 'conflict',
  SAME_MEMBER: 'unprocessable',
} as const;

export class BuddyError extends moduleError(BuddyErrorCode, {
  NOT_PAIRED: 'This member has no buddy.',
  BUDDY_REQUEST_NOT_FOUND: 'No buddy request with id 0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e addressed to you.',
  NOTIFICATION_NOT_FOUND: 'No notification with id 0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e.',
  ALREADY_PAIRED: {
    message: 'A member already has a buddy; unpair them first.',
    details: { enrolmentId: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' },
  },
  SAME_MEMBER: 'A member cannot be their own buddy.',
}) {}
