import { ALL, NONE, type Principal, type RecordScope, type Role } from '@linkage/auth';
import { COUNSELLING_ROLES, CounsellingAccess, type CounsellingAction } from './counselling.access';

const who = (role: Role): Principal => ({
  accountId: 'a',
  displayName: '',
  roles: [role],
  organisationId: role === 'partner' ? 'o1' : null,
  volunteerId: role === 'volunteer' ? 'v1' : null,
});

describe('COUNSELLING_RULES', () => {
  it.each<[string, Principal, CounsellingAction, RecordScope]>([
    ['a counsellor plans programmes', who('counsellor'), 'programme.create', ALL],
    ['an admin plans programmes', who('admin'), 'programme.create', ALL],
    ['a coordinator reads them to plan around them', who('coordinator'), 'programme.read', ALL],
    ['but plans none', who('coordinator'), 'programme.create', NONE],
    ['a partner reads none', who('partner'), 'programme.read', NONE],
    ['a volunteer reads none', who('volunteer'), 'programme.read', NONE],
  ])('%s', async (_name, principal, action, expected) => {
    expect(await new CounsellingAccess().scope(principal, action)).toEqual(expected);
  });

  it.each<[CounsellingAction, Role[]]>([
    ['programme.create', ['admin', 'counsellor']],
    ['programme.read', ['admin', 'counsellor', 'coordinator']],
  ])('%s admits %j', (action, roles) => {
    expect(COUNSELLING_ROLES[action]).toEqual(roles);
  });
});
