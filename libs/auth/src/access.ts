import { assertUnreachable } from '@linkage/errors';
import type { ObjectLiteral } from 'typeorm';
import type { Principal, Role } from './principal';

/**
 * Which records of a kind a caller may touch for one action. Each service's access module works it out
 * (apps/<service>/src/access/); repositories take it in their signatures and apply it in the query, so a
 * forgotten filter is a type error, not a leak.
 * - all / none;
 * - owner: the records owned by one key (their organisation, their own volunteer profile);
 * - teams: the records of some teams, and (`orNoTeam`) those of no team (a shift open to everyone);
 * - any: the records any of the parts allows (hours: your own, and those of the teams you lead);
 * - except_owner: what `scope` allows but those owned by one key (a leader verifies others' hours only).
 */
export type RecordScope =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'owner'; ownerId: string }
  | { kind: 'teams'; teamIds: readonly string[]; orNoTeam: boolean }
  | { kind: 'any'; scopes: readonly RecordScope[] }
  | { kind: 'except_owner'; scope: RecordScope; ownerId: string };

export const ALL: RecordScope = { kind: 'all' };
export const NONE: RecordScope = { kind: 'none' };

export const ownedBy = (ownerId: string | null): RecordScope => (ownerId ? { kind: 'owner', ownerId } : NONE);

export function inTeams(teamIds: readonly string[], options: { orNoTeam?: boolean } = {}): RecordScope {
  const orNoTeam = options.orNoTeam ?? false;
  return teamIds.length === 0 && !orNoTeam ? NONE : { kind: 'teams', teamIds: [...teamIds], orNoTeam };
}

/** The union of the scopes: all when one of them is, none when all of them are. */
export function anyOf(...scopes: RecordScope[]): RecordScope {
  if (scopes.some((s) => s.kind === 'all')) return ALL;
  const some = scopes.filter((s) => s.kind !== 'none');
  if (some.length === 0) return NONE;
  return some.length === 1 ? some[0] : { kind: 'any', scopes: some };
}

/** The scope without the records owned by `ownerId` (none left out when there is no owner). */
export function exceptOwnedBy(scope: RecordScope, ownerId: string | null): RecordScope {
  if (!ownerId || scope.kind === 'none') return scope;
  return { kind: 'except_owner', scope, ownerId };
}

/** Whether the scope holds every record of the kind: the caller acts for the whole station. */
export function coversAll(scope: RecordScope): boolean {
  return scope.kind === 'all';
}

/**
 * One rule: when it applies to the caller, the scope it grants. `Facts` are what the rules of a service
 * look up beyond the token (volunteers: team memberships), passed lazily so a coordinator's request never
 * looks them up.
 */
export type AccessRule<Facts = void> = ((
  principal: Principal,
  facts: Facts,
) => RecordScope | undefined | Promise<RecordScope | undefined>) & { readonly role?: Role };
export type AccessRules<Action extends string, Facts = void> = Readonly<
  Record<Action, readonly AccessRule<Facts>[]>
>;

/** Deny by default: the first rule that applies decides; no rule that applies means no records. */
export function scopeFor<Action extends string>(
  rules: AccessRules<Action>,
  action: Action,
  principal: Principal,
): Promise<RecordScope>;
export function scopeFor<Action extends string, Facts>(
  rules: AccessRules<Action, Facts>,
  action: Action,
  principal: Principal,
  facts: Facts,
): Promise<RecordScope>;
export async function scopeFor<Action extends string, Facts>(
  rules: AccessRules<Action, Facts>,
  action: Action,
  principal: Principal,
  facts?: Facts,
): Promise<RecordScope> {
  for (const rule of rules[action]) {
    const scope = await rule(principal, facts as Facts);
    if (scope) return scope;
  }
  return NONE;
}

/** Rule helper: `when('coordinator', () => ALL)`, `when('volunteer', (p) => ownedBy(p.volunteerId))`. */
export function when<Facts = unknown>(
  role: Role,
  scope: (principal: Principal, facts: Facts) => RecordScope | Promise<RecordScope>,
): AccessRule<Facts> {
  const rule = (principal: Principal, facts: Facts) =>
    principal.roles.includes(role) ? scope(principal, facts) : undefined;
  return Object.assign(rule, { role });
}

/**
 * The roles some rule of the action is written for: the endpoint's `@Roles`, so the coarse 403 and the
 * record rules come from one table. A role listed here may still get no records (a volunteer without a
 * profile); a role not listed gets 403.
 */
export function rolesFor<Action extends string, Facts>(
  rules: AccessRules<Action, Facts>,
  action: Action,
): Role[] {
  const roles = rules[action].map((rule) => rule.role);
  if (roles.some((role) => role === undefined))
    throw new Error(`Every rule of ${action} must be written with when(role, …) to derive its roles.`);
  return [...new Set(roles as Role[])];
}

/** The station's staff: admins and coordinators see and change every record of a kind. */
export const STAFF: readonly AccessRule<unknown>[] = [
  when('admin', () => ALL),
  when('coordinator', () => ALL),
];

/**
 * The columns of a record kind that scopes are checked against: the owner key (organisation id,
 * volunteer id) and the team id (NULL for no team). A scope that needs a column the kind lacks is a
 * programming error and throws.
 */
export interface ScopeColumns {
  owner?: string;
  team?: string;
}

/** A record as scopes see it, for a check in memory (the same rules as `applyScope`). */
export interface ScopedRecord {
  ownerId?: string | null;
  teamId?: string | null;
}

let parameterCount = 0;

function condition(scope: RecordScope, columns: ScopeColumns, params: Record<string, unknown>): string {
  const column = (key: keyof ScopeColumns): string => {
    const name = columns[key];
    if (!name) throw new Error(`A ${scope.kind} scope needs the records' ${key} column.`);
    return name;
  };
  const param = (value: unknown): string => {
    const name = `scope${++parameterCount}`;
    params[name] = value;
    return name;
  };
  switch (scope.kind) {
    case 'all':
      return '1 = 1';
    case 'none':
      return '1 = 0';
    case 'owner':
      return `${column('owner')} = :${param(scope.ownerId)}`;
    case 'teams': {
      const parts: string[] = [];
      if (scope.teamIds.length > 0) parts.push(`${column('team')} IN (:...${param([...scope.teamIds])})`);
      if (scope.orNoTeam) parts.push(`${column('team')} IS NULL`);
      return parts.length > 0 ? `(${parts.join(' OR ')})` : '1 = 0';
    }
    case 'any':
      return scope.scopes.length > 0
        ? `(${scope.scopes.map((s) => condition(s, columns, params)).join(' OR ')})`
        : '1 = 0';
    case 'except_owner':
      return `(${condition(scope.scope, columns, params)} AND NOT (${column('owner')} <=> :${param(scope.ownerId)}))`;
    default:
      return assertUnreachable(scope);
  }
}

/** Narrows a query (select or update) to the records within the scope. */
export function applyScope<Q extends { andWhere(where: string, parameters?: ObjectLiteral): unknown }>(
  qb: Q,
  scope: RecordScope,
  columns: ScopeColumns,
): Q {
  if (scope.kind === 'all') return qb;
  const params: Record<string, unknown> = {};
  qb.andWhere(condition(scope, columns, params), params);
  return qb;
}

/** Whether the scope holds the record: the same answer as `applyScope` gives in SQL. */
export function scopeAllows(scope: RecordScope, record: ScopedRecord): boolean {
  const key = <K extends keyof ScopedRecord>(name: K): string | null => {
    const value = record[name];
    if (value === undefined) throw new Error(`A ${scope.kind} scope needs the record's ${name}.`);
    return value;
  };
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'owner':
      return key('ownerId') === scope.ownerId;
    case 'teams': {
      const teamId = key('teamId');
      return teamId === null ? scope.orNoTeam : scope.teamIds.includes(teamId);
    }
    case 'any':
      return scope.scopes.some((s) => scopeAllows(s, record));
    case 'except_owner':
      return scopeAllows(scope.scope, record) && key('ownerId') !== scope.ownerId;
    default:
      return assertUnreachable(scope);
  }
}
