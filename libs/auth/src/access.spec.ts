import {
  ALL,
  anyOf,
  applyScope,
  exceptOwnedBy,
  inTeams,
  NONE,
  ownedBy,
  rolesFor,
  scopeAllows,
  scopeFor,
  STAFF,
  when,
  type AccessRules,
  type RecordScope,
  type ScopedRecord,
} from './access';
import type { Principal, Role } from './principal';

const who = (roles: Role[], extra: Partial<Principal> = {}): Principal => ({
  accountId: 'a',
  displayName: '',
  roles,
  organisationId: null,
  volunteerId: null,
  ...extra,
});

const rules: AccessRules<'read' | 'delete'> = {
  read: [when('coordinator', () => ALL), when('partner', (p) => ownedBy(p.organisationId))],
  delete: [],
};

describe('scopeFor', () => {
  it.each([
    ['coordinator reads all', who(['coordinator']), 'read', ALL],
    [
      'partner reads own organisation',
      who(['partner'], { organisationId: 'org-1' }),
      'read',
      { kind: 'owner', ownerId: 'org-1' },
    ],
    ['partner without an organisation reads nothing', who(['partner']), 'read', NONE],
    ['volunteer has no rule: nothing', who(['volunteer'], { volunteerId: 'v' }), 'read', NONE],
    ['an action without rules denies even coordinators', who(['coordinator']), 'delete', NONE],
    [
      'the first matching rule decides',
      who(['partner', 'coordinator'], { organisationId: 'o' }),
      'read',
      ALL,
    ],
  ] as const)('%s', async (_name, principal, action, expected) => {
    expect(await scopeFor(rules, action, principal)).toEqual(expected);
  });

  it('asks for facts only when a rule that applies needs them', async () => {
    const facts = { teams: jest.fn(async () => Promise.resolve(['t1'])) };
    const withFacts: AccessRules<'read', typeof facts> = {
      read: [...STAFF, when('volunteer', async (_p, f: typeof facts) => inTeams(await f.teams()))],
    };
    expect(await scopeFor(withFacts, 'read', who(['coordinator']), facts)).toEqual(ALL);
    expect(facts.teams).not.toHaveBeenCalled();
    expect(await scopeFor(withFacts, 'read', who(['volunteer']), facts)).toEqual(inTeams(['t1']));
  });
});

describe('rolesFor', () => {
  it('lists the roles the action has rules for, once each', () => {
    const table: AccessRules<'read' | 'none'> = {
      read: [...STAFF, when('volunteer', () => NONE), when('admin', () => ALL)],
      none: [],
    };
    expect(rolesFor(table, 'read')).toEqual(['admin', 'coordinator', 'volunteer']);
    expect(rolesFor(table, 'none')).toEqual([]);
  });
});

describe('scope constructors', () => {
  it.each<[string, RecordScope, RecordScope]>([
    ['no teams and no open records is none', inTeams([]), NONE],
    [
      'open records alone are a scope',
      inTeams([], { orNoTeam: true }),
      { kind: 'teams', teamIds: [], orNoTeam: true },
    ],
    ['any of all is all', anyOf(ownedBy('v'), ALL), ALL],
    ['any of nones is none', anyOf(NONE, ownedBy(null)), NONE],
    ['any of one is that one', anyOf(NONE, ownedBy('v')), ownedBy('v')],
    ['nothing is excepted without an owner', exceptOwnedBy(inTeams(['t']), null), inTeams(['t'])],
    ['none stays none', exceptOwnedBy(NONE, 'v'), NONE],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('scopeAllows', () => {
  const leader = anyOf(ownedBy('v1'), exceptOwnedBy(inTeams(['t1']), 'v1'));
  it.each<[string, RecordScope, ScopedRecord, boolean]>([
    ['all allows anything', ALL, { ownerId: 'x' }, true],
    ['none allows nothing', NONE, { ownerId: 'x' }, false],
    ['an owner their own', ownedBy('x'), { ownerId: 'x' }, true],
    ['an owner not another’s', ownedBy('x'), { ownerId: 'y' }, false],
    ['a listed team', inTeams(['t1']), { teamId: 't1' }, true],
    ['an unlisted team', inTeams(['t1']), { teamId: 't2' }, false],
    ['no team without orNoTeam', inTeams(['t1']), { teamId: null }, false],
    ['no team with orNoTeam', inTeams([], { orNoTeam: true }), { teamId: null }, true],
    ['a leader: their own record of another team', leader, { ownerId: 'v1', teamId: 't9' }, true],
    ['a leader: a member’s record of their team', leader, { ownerId: 'v2', teamId: 't1' }, true],
    ['a leader: not another team’s member', leader, { ownerId: 'v2', teamId: 't9' }, false],
    [
      'except: not the excepted owner’s',
      exceptOwnedBy(inTeams(['t1']), 'v1'),
      { ownerId: 'v1', teamId: 't1' },
      false,
    ],
  ])('%s', (_name, scope, record, expected) => {
    expect(scopeAllows(scope, record)).toBe(expected);
  });

  it('refuses a record without the key the scope needs', () => {
    expect(() => scopeAllows(inTeams(['t1']), { ownerId: 'v' })).toThrow(/teamId/);
  });
});

describe('applyScope', () => {
  const sql = (scope: RecordScope) => {
    const calls: [string, Record<string, unknown>][] = [];
    applyScope({ andWhere: (where: string, params?: object) => calls.push([where, { ...params }]) }, scope, {
      owner: 'h.volunteer_id',
      team: 'h.team_id',
    });
    return calls.map(([where, params]) =>
      Object.entries(params).reduce(
        (text, [name, value]) => text.replace(new RegExp(`:(\\.\\.\\.)?${name}\\b`), JSON.stringify(value)),
        where,
      ),
    );
  };

  it.each<[string, RecordScope, string[]]>([
    ['all adds no condition', ALL, []],
    ['none matches nothing', NONE, ['1 = 0']],
    ['owner', ownedBy('v1'), ['h.volunteer_id = "v1"']],
    [
      'teams',
      inTeams(['t1', 't2'], { orNoTeam: true }),
      ['(h.team_id IN (["t1","t2"]) OR h.team_id IS NULL)'],
    ],
    [
      'own or led, not own as leader',
      anyOf(ownedBy('v1'), exceptOwnedBy(inTeams(['t1']), 'v1')),
      ['(h.volunteer_id = "v1" OR ((h.team_id IN (["t1"])) AND NOT (h.volunteer_id <=> "v1")))'],
    ],
  ])('%s', (_name, scope, expected) => {
    expect(sql(scope)).toEqual(expected);
  });

  it('refuses a scope the records have no column for', () => {
    expect(() => applyScope({ andWhere: () => undefined }, inTeams(['t']), { owner: 'v.id' })).toThrow(
      /team/,
    );
  });
});
