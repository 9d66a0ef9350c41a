import { assertAcceptable, invitationStatus } from './invitation-status';
import type { Invitation } from './invitation.entity';

const now = new Date('2026-03-01T08:00:00.000Z');
const later = new Date(now.getTime() + 1000);
const earlier = new Date(now.getTime() - 1000);

describe('invitationStatus', () => {
  it.each([
    ['pending', { acceptedAt: null, expiresAt: later }],
    ['expired', { acceptedAt: null, expiresAt: earlier }],
    ['expired', { acceptedAt: null, expiresAt: now }],
    ['accepted', { acceptedAt: earlier, expiresAt: earlier }],
  ])('%s: %j', (status, invitation) => {
    expect(invitationStatus(invitation, now)).toBe(status);
  });
});

describe('assertAcceptable', () => {
  const invitation = (fields: Partial<Invitation>): Invitation =>
    ({ acceptedAt: null, expiresAt: later, ...fields }) as Invitation;

  it.each<[string, Invitation | null, string]>([
    ['unknown', null, 'INVITATION_NOT_FOUND'],
    [
      'already accepted (even when also past its expiry)',
      invitation({ acceptedAt: earlier, expiresAt: earlier }),
      'INVITATION_ALREADY_ACCEPTED',
    ],
    ['expired', invitation({ expiresAt: earlier }), 'INVITATION_EXPIRED'],
  ])('refuses one %s', (_name, found, code) => {
    expect(() => assertAcceptable(found, now)).toThrow(expect.objectContaining({ code }));
  });

  it('returns a pending one', () => {
    const pending = invitation({});
    expect(assertAcceptable(pending, now)).toBe(pending);
  });
});
