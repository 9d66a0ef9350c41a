import { moduleError } from '@linkage/errors';

export const InvitationErrorCode = {
  INVITATION_NOT_FOUND: 'not_found',
  INVITATION_ALREADY_ACCEPTED: 'conflict',
  INVITATION_EXPIRED: 'unprocessable',
  INVITATION_ROLE_FORBIDDEN: 'forbidden',
} as const;

export class InvitationError extends moduleError(InvitationErrorCode, {
  INVITATION_NOT_FOUND: 'No invitation has this token; check the link or ask for a new one.',
  INVITATION_ALREADY_ACCEPTED:
    'This invitation has already been accepted; sign in with the account it created.',
  INVITATION_EXPIRED: 'This invitation expired at 2026-10-08T09:00:00.000Z; ask for a new one.',
  INVITATION_ROLE_FORBIDDEN: 'You may not invite someone as admin; ask an admin.',
}) {}
