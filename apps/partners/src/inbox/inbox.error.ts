import { moduleError } from '@linkage/errors';

export const InboxErrorCode = {
  INBOX_ITEM_NOT_FOUND: 'not_found',
  INBOX_ITEM_TRANSITION_INVALID: 'conflict',
} as const;

export class InboxError extends moduleError(InboxErrorCode, {
  INBOX_ITEM_NOT_FOUND: 'No inbox item with id 0193a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b.',
  INBOX_ITEM_TRANSITION_INVALID: {
    message: 'A completed inbox item cannot be declined.',
    details: { from: 'completed', to: 'declined' },
  },
}) {}
