import type { Principal, Role } from '@linkage/auth';
import {
  ALL_TEAMS,
  inTeams,
  NO_TEAMS,
  teamScopeAllows,
  teamScopeFor,
  whenRole,
  type Memberships,
  type TeamRules,
  type TeamScope,
} from './team-scope';

const who = (roles: Role[], volunteerId: string | null = null): Principal => ({
  accountId: 'a',
  displayName: '',
  roles,
  organisationId: null,
  volunteerId,
});

const rules: TeamRules<'read' | 'manage' | 'nothing'> = {
  read: [
    whenRole('coordinator', () => ALL_TEAMS),
    whenRole('volunteer', async (_p, m) => inTeams((await m()).memberOf, { orNoTeam: true })),
  ],
  manage: [
    whenRole('coordinator', () => ALL_TEAMS),
    whenRole('volunteer', async (_p, m) => inTeams((await m()).leaderOf)),
  ],
  nothing: [],
};

const memberships: Record<string, Memberships> = {
  leader: { memberOf: ['t1', 't2'], leaderOf: ['t1'] },
  member: { memberOf: ['t2'], leaderOf: [] },
  loner: { memberOf: [], leaderOf: [] },
};

describe('teamScopeFor', () => {
  it.each<[string, Principal, 'read' | 'manage' | 'nothing', TeamScope]>([
    ['a coordinator reads all', who(['coordinator']), 'read', ALL_TEAMS],
    [
      'a member reads their teams and the open records',
      who(['volunteer'], 'member'),
      'read',
      { kind: 'teams', teamIds: ['t2'], orNoTeam: true },
    ],
    [
      'a loner still reads the open records',
      who(['volunteer'], 'loner'),
      'read',
      { kind: 'teams', teamIds: [], orNoTeam: true },
    ],
    ['a leader manages the teams they lead', who(['volunteer'], 'leader'), 'manage', inTeams(['t1'])],
    ['a plain member manages nothing', who(['volunteer'], 'member'), 'manage', NO_TEAMS],
    ['a volunteer without a profile manages nothing', who(['volunteer']), 'manage', NO_TEAMS],
    ['a partner reads nothing', who(['partner']), 'read', NO_TEAMS],
    ['an action without rules denies coordinators too', who(['coordinator']), 'nothing', NO_TEAMS],
  ])('%s', async (_name, principal, action, expected) => {
    const load = async (id: string): Promise<Memberships> => Promise.resolve(memberships[id]);
    expect(await teamScopeFor(rules, action, principal, load)).toEqual(expected);
  });

  it('looks memberships up only when a rule needs them, and once', async () => {
    const load = jest.fn(async () => Promise.resolve(memberships.leader));
    await teamScopeFor(rules, 'read', who(['coordinator'], 'leader'), load);
    expect(load).not.toHaveBeenCalled();
    await teamScopeFor(rules, 'manage', who(['volunteer'], 'leader'), load);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('teamScopeAllows', () => {
  it.each<[string, TeamScope, string | null, boolean]>([
    ['all allows any team', ALL_TEAMS, 't9', true],
    ['all allows no team', ALL_TEAMS, null, true],
    ['none allows nothing', NO_TEAMS, null, false],
    ['a listed team', inTeams(['t1']), 't1', true],
    ['an unlisted team', inTeams(['t1']), 't2', false],
    ['no team without orNoTeam', inTeams(['t1']), null, false],
    ['no team with orNoTeam', inTeams([], { orNoTeam: true }), null, true],
  ])('%s', (_name, scope, teamId, expected) => {
    expect(teamScopeAllows(scope, teamId)).toBe(expected);
  });
});
