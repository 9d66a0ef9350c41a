import { moduleError } from '@linkage/errors';

export const HandoverErrorCode = {
  HANDOVER_NOTHING_NEW: 'unprocessable',
  HANDOVER_NOT_FOUND: 'not_found',
} as const;

export class HandoverError extends moduleError(HandoverErrorCode, {
  HANDOVER_NOTHING_NEW: {
    message:
      'Every verified record from 2026-10-01 to 2026-10-31 has been handed over already; download the earlier batches instead.',
    details: { from: '2026-10-01', to: '2026-10-31', alreadyHandedOver: 42 },
  },
  HANDOVER_NOT_FOUND: 'No hand-over batch numbered HO-2026-0001.',
}) {}
