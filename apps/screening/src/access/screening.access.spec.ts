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
    ['a coordinator registers residents in every campaign', who('coordinator'), 'resident.create', ALL],
    ['an admin reads every resident', who('admin'), 'resident.read', ALL],
    ['a coordinator records consent for every resident', who('coordinator'), 'resident.consent', ALL],
    ['a coordinator enters results for every resident', who('coordinator'), 'result.create', ALL],
    ['an admin reads every result', who('admin'), 'result.read', ALL],
    ['a volunteer registers no resident (until sessions)', who('volunteer'), 'resident.create', NONE],
    ['a volunteer reads no resident (until sessions)', who('volunteer'), 'resident.read', NONE],
    ['a coordinator changes every resident', who('coordinator'), 'resident.update', ALL],
    ['a volunteer changes no resident (until sessions)', who('volunteer'), 'resident.update', NONE],
    ['a volunteer enters no result (until sessions)', who('volunteer'), 'result.create', NONE],
    ['a volunteer reads no result', who('volunteer'), 'result.read', NONE],
    ['a partner reads no resident', who('partner'), 'resident.read', NONE],
    ['a partner reads no result', who('partner'), 'result.read', NONE],
    ['a counsellor reads no resident', who('counsellor'), 'resident.read', NONE],
  ])('%s', async (_name, principal, action, expected) => {
    expect(await new ScreeningAccess().scope(principal, action)).toEqual(expected);
  });

  it.each<[ScreeningAction, Role[]]>([
    ['campaign.create', ['admin', 'coordinator']],
    ['campaign.read', ['admin', 'coordinator']],
    ['resident.create', ['admin', 'coordinator', 'volunteer']],
    ['resident.read', ['admin', 'coordinator', 'volunteer']],
    ['resident.update', ['admin', 'coordinator', 'volunteer']],
    ['resident.consent', ['admin', 'coordinator', 'volunteer']],
    ['result.create', ['admin', 'coordinator', 'volunteer']],
    ['result.read', ['admin', 'coordinator', 'volunteer']],
  ])('%s admits %j', (action, roles) => {
    expect(SCREENING_ROLES[action]).toEqual(roles);
  });
});
