import { ALL, NONE, ownedBy, scopeAllows, scopeFor, when, type AccessRules } from './access';
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
  ] as const)('%s', (_name, principal, action, expected) => {
    expect(scopeFor(rules, action, principal)).toEqual(expected);
  });

  it('scopeAllows matches owners only', () => {
    expect(scopeAllows(ALL, 'x')).toBe(true);
    expect(scopeAllows(ownedBy('x'), 'x')).toBe(true);
    expect(scopeAllows(ownedBy('x'), 'y')).toBe(false);
    expect(scopeAllows(NONE, 'x')).toBe(false);
  });
});
