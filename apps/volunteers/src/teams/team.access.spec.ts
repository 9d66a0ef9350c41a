import type { Principal, Role } from '@linkage/auth';
import { TEAM_RULES, type TeamAction } from './team.access';
import { ALL_TEAMS, inTeams, NO_TEAMS, teamScopeFor, type TeamScope } from './team-scope';

const who = (role: Role, volunteerId: string | null = null): Principal => ({
  accountId: 'a',
  displayName: '',
  roles: [role],
  organisationId: null,
  volunteerId,
});
const load = async () => Promise.resolve({ memberOf: ['fire', 'party'], leaderOf: ['fire'] });

describe('TEAM_RULES', () => {
  it.each<[string, Principal, TeamAction, TeamScope]>([
    ['a coordinator reads every team', who('coordinator'), 'read', ALL_TEAMS],
    ['an admin manages teams', who('admin'), 'manage', ALL_TEAMS],
    ['a coordinator manages teams', who('coordinator'), 'manage', ALL_TEAMS],
    ['a volunteer reads the teams they are in', who('volunteer', 'v'), 'read', inTeams(['fire', 'party'])],
    [
      'a leader sees the members of the teams they lead',
      who('volunteer', 'v'),
      'read_members',
      inTeams(['fire']),
    ],
    ['a leader does not manage the team itself', who('volunteer', 'v'), 'manage', NO_TEAMS],
    ['a partner reads no team', who('partner'), 'read', NO_TEAMS],
    ['a counsellor sees no members', who('counsellor'), 'read_members', NO_TEAMS],
  ])('%s', async (_name, principal, action, expected) => {
    expect(await teamScopeFor(TEAM_RULES, action, principal, load)).toEqual(expected);
  });
});
