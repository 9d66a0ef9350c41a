import { moduleError } from '@linkage/errors';

export const DeadLetterErrorCode = {
  DEAD_LETTER_NOT_FOUND: 'not_found',
  DEAD_LETTER_RESOLVED: 'conflict',
  DEAD_LETTER_REPLAY_FAILED: 'unprocessable',
} as const;

export class DeadLetterError extends moduleError(DeadLetterErrorCode) {}
