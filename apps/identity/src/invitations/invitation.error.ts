import { moduleError } from '@linkage/errors';

export const InvitationErrorCode = {
  INVITATION_NOT_FOUND: 'not_found',
  INVITATION_ALREADY_ACCEPTED: 'conflict',
  INVITATION_EXPIRED: 'unprocessable',
  INVITATION_ROLE_FORBIDDEN: 'forbidden',
} as const;

export class InvitationError extends moduleError(InvitationErrorCode) {}
