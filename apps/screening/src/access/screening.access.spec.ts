import { ALL, NONE, type Principal, type RecordScope, type Role } from '@linkage/auth';
import { SCREENING_ROLES, ScreeningAccess, type ScreeningAction } from './screening.access';

const who = (role: Role): Principal => ({
  accountId: 'a',
  displayName: '',
  roles: [role],
  organisationId: role === 'partner' ? 'o1' : null,
  volunteerId: role === 'volunteer' ? 'v1' : null,
});

describe('SCREENING_RULES', () => {
  it.each<[string, Principal, ScreeningAction, RecordScope]>([
    ['a coordinator reads every campaign', who('coordinator'), 'campaign.read', ALL],
    ['an admin plans campaigns', who('admin'), 'campaign.create', ALL],
    ['a partner reads none (yet)', who('partner'), 'campaign.read', NONE],
    ['a volunteer reads none', who('volunteer'), 'campaign.read', NONE],
    ['a counsellor plans none', who('counsellor'), 'campaign.create', NONE],
  ])('%s', async (_name, principal, action, expected) => {
    expect(await new ScreeningAccess().scope(principal, action)).toEqual(expected);
  });

  it.each<[ScreeningAction, Role[]]>([
    ['campaign.create', ['admin', 'coordinator']],
    ['campaign.read', ['admin', 'coordinator']],
  ])('%s admits %j', (action, roles) => {
    expect(SCREENING_ROLES[action]).toEqual(roles);
  });
});
