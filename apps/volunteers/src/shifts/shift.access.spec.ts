import type { Principal, Role } from '@linkage/auth';
import {
  ALL_TEAMS,
  inTeams,
  NO_TEAMS,
  teamScopeAllows,
  teamScopeFor,
  type TeamScope,
} from '../teams/team-scope';
import { SHIFT_RULES, type ShiftAction } from './shift.access';

const who = (role: Role, volunteerId: string | null = null): Principal => ({
  accountId: 'a',
  displayName: '',
  roles: [role],
  organisationId: null,
  volunteerId,
});
const memberships = {
  leader: { memberOf: ['fire', 'talk'], leaderOf: ['fire'] },
  member: { memberOf: ['talk'], leaderOf: [] },
};
const load = async (id: string) => Promise.resolve(memberships[id as keyof typeof memberships]);

describe('SHIFT_RULES', () => {
  it.each<[string, Principal, ShiftAction, TeamScope]>([
    ['a coordinator reads every shift', who('coordinator'), 'read', ALL_TEAMS],
    ['an admin manages every shift', who('admin'), 'manage', ALL_TEAMS],
    [
      'a volunteer reads open shifts and their teams’ shifts',
      who('volunteer', 'member'),
      'read',
      inTeams(['talk'], { orNoTeam: true }),
    ],
    ['a leader manages their team’s shifts', who('volunteer', 'leader'), 'manage', inTeams(['fire'])],
    ['a plain member manages none', who('volunteer', 'member'), 'manage', NO_TEAMS],
    ['a leader does not assign others', who('volunteer', 'leader'), 'assign', NO_TEAMS],
    ['a coordinator assigns', who('coordinator'), 'assign', ALL_TEAMS],
    ['a partner reads no shift', who('partner'), 'read', NO_TEAMS],
    ['a counsellor manages no shift', who('counsellor'), 'manage', NO_TEAMS],
  ])('%s', async (_name, principal, action, expected) => {
    expect(await teamScopeFor(SHIFT_RULES, action, principal, load)).toEqual(expected);
  });

  it.each<[string, string | null, boolean]>([
    ['a leader manages a shift of the team they lead', 'fire', true],
    ['not a shift of a team they merely belong to', 'talk', false],
    ['nor a shift open to everyone', null, false],
  ])('%s', async (_name, teamId, expected) => {
    const scope = await teamScopeFor(SHIFT_RULES, 'manage', who('volunteer', 'leader'), load);
    expect(teamScopeAllows(scope, teamId)).toBe(expected);
  });
});
