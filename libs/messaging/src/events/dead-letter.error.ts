import { moduleError } from '@linkage/errors';

export const DeadLetterErrorCode = {
  DEAD_LETTER_NOT_FOUND: 'not_found',
  DEAD_LETTER_RESOLVED: 'conflict',
  DEAD_LETTER_REPLAY_FAILED: 'unprocessable',
} as const;

export class DeadLetterError extends moduleError(DeadLetterErrorCode, {
  DEAD_LETTER_NOT_FOUND: 'No dead letter with id 0193a1b2-0000-7000-8000-0000000000aa in any service.',
  DEAD_LETTER_RESOLVED: {
    message: 'The dead letter was already discarded.',
    details: { status: 'discarded' },
  },
  DEAD_LETTER_REPLAY_FAILED: {
    message:
      'Replaying the event failed again: InvalidEventError: Invalid partners.organisation.changed.v1 payload: organisationId: organisationId must be a UUID',
    details: { id: '0193a1b2-0000-7000-8000-0000000000aa' },
  },
}) {}
