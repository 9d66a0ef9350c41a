import { ALL, NONE, ownedBy, type Principal, type RecordScope, type Role } from '@linkage/auth';
import { MEMBER_ROLES, MemberAccess, type MemberAction, type OrganisationRole } from './member.access';

const who = (role: Role, organisationId: string | null = null): Principal => ({
  accountId: 'a',
  displayName: '',
  roles: [role],
  organisationId,
  volunteerId: null,
});

describe('MEMBER_RULES', () => {
  it.each<[string, Principal, OrganisationRole | null, MemberAction, RecordScope]>([
    ['a coordinator lists every organisation’s members', who('coordinator'), null, 'member.read', ALL],
    ['an admin manages every organisation’s members', who('admin'), null, 'member.manage', ALL],
    [
      'a manager lists their own organisation’s',
      who('partner', 'o1'),
      'manager',
      'member.read',
      ownedBy('o1'),
    ],
    [
      'a manager manages their own organisation’s',
      who('partner', 'o1'),
      'manager',
      'member.manage',
      ownedBy('o1'),
    ],
    ['staff list none', who('partner', 'o1'), 'staff', 'member.read', NONE],
    ['staff manage none', who('partner', 'o1'), 'staff', 'member.manage', NONE],
    ['a partner account with no membership manages none', who('partner', 'o1'), null, 'member.manage', NONE],
    ['a volunteer lists none', who('volunteer'), 'manager', 'member.read', NONE],
  ])('%s', async (_name, principal, callerRole, action, expected) => {
    const lookups: string[] = [];
    const facts = {
      callerRole: () => {
        lookups.push('looked up');
        return Promise.resolve(callerRole);
      },
    };
    expect(await new MemberAccess().scope(principal, action, facts)).toEqual(expected);
    // A coordinator's request never looks the caller's membership up.
    if (principal.roles.includes('coordinator')) expect(lookups).toEqual([]);
  });

  it.each<[MemberAction, Role[]]>([
    ['member.read', ['admin', 'coordinator', 'partner']],
    ['member.manage', ['admin', 'coordinator', 'partner']],
  ])('%s admits %j', (action, roles) => {
    expect(MEMBER_ROLES[action]).toEqual(roles);
  });
});
