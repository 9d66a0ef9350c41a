import type { Invitation } from './invitation.entity';
import { InvitationError } from './invitation.error';

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export function invitationStatus(
  invitation: Pick<Invitation, 'acceptedAt' | 'expiresAt'>,
  now: Date,
): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

/** 404 for an unknown token, 409 for one already used, 422 for one past its expiry. */
export function assertAcceptable(invitation: Invitation | null, now: Date): Invitation {
  if (!invitation) {
    throw new InvitationError(
      'INVITATION_NOT_FOUND',
      'No invitation has this token; check the link or ask for a new one.',
    );
  }
  switch (invitationStatus(invitation, now)) {
    case 'accepted':
      throw new InvitationError(
        'INVITATION_ALREADY_ACCEPTED',
        'This invitation has already been accepted; sign in with the account it created.',
      );
    case 'expired':
      throw new InvitationError(
        'INVITATION_EXPIRED',
        `This invitation expired at ${invitation.expiresAt.toISOString()}; ask for a new one.`,
      );
    case 'pending':
      return invitation;
  }
}
