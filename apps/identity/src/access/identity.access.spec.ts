import { ROLES, type Principal, type Role } from '@linkage/auth';
import { IDENTITY_ROLES, mayInvite, type IdentityAction } from './identity.access';

const as = (...roles: Role[]): Principal => ({
  accountId: '0190f0a0-0000-7000-8000-000000000009',
  displayName: 'x',
  roles,
  organisationId: null,
  volunteerId: null,
});

describe('mayInvite', () => {
  it.each<[string, Role[], readonly Role[]]>([
    ['admins invite every role', ['admin'], ROLES],
    ['coordinators every role but admin', ['coordinator'], ROLES.filter((r) => r !== 'admin')],
    ['a counsellor nobody', ['counsellor'], []],
    ['a partner nobody', ['partner'], []],
    ['a volunteer nobody', ['volunteer'], []],
  ])('%s', (_name, roles, invitable) => {
    expect(ROLES.filter((role) => mayInvite(as(...roles), role))).toEqual([...invitable]);
  });
});

describe('IDENTITY_ROLES', () => {
  it.each<[IdentityAction, Role[]]>([
    ['account.read', ['admin', 'coordinator']],
    ['account.manage', ['admin']],
    ['invitation.create', ['admin', 'coordinator']],
    ['invitation.read', ['admin', 'coordinator']],
  ])('%s admits %j', (action, roles) => {
    expect(IDENTITY_ROLES[action]).toEqual(roles);
  });
});
