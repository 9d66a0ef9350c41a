import { ROLES, type Principal, type Role } from '@linkage/auth';
import { mayInvite } from './identity.access';

const as = (...roles: Role[]): Principal => ({
  accountId: '0190f0a0-0000-7000-8000-000000000009',
  displayName: 'x',
  roles,
  organisationId: null,
  volunteerId: null,
});

describe('mayInvite', () => {
  it('lets admins invite every role', () => {
    expect(ROLES.filter((role) => mayInvite(as('admin'), role))).toEqual([...ROLES]);
  });

  it('lets coordinators invite every role but admin', () => {
    expect(ROLES.filter((role) => mayInvite(as('coordinator'), role))).toEqual(
      ROLES.filter((r) => r !== 'admin'),
    );
  });

  it.each<Role>(['counsellor', 'partner', 'volunteer'])('lets a %s invite nobody', (role) => {
    expect(ROLES.filter((invited) => mayInvite(as(role), invited))).toEqual([]);
  });
});
