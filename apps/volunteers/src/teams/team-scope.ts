import type { Principal, Role } from '@linkage/auth';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The teams a volunteer belongs to, and the subset they lead. */
export interface Memberships {
  memberOf: readonly string[];
  leaderOf: readonly string[];
}

export const NO_MEMBERSHIPS: Memberships = { memberOf: [], leaderOf: [] };

/**
 * Which records a caller may touch when the answer depends on teams: all of them, none, or those of
 * some teams — and, for records that may belong to no team (a shift open to everyone), whether those
 * too. It is the team-shaped sibling of @linkage/auth's RecordScope, whose single owner key cannot say
 * "the three teams I lead". Repositories apply it in the query, so deny by default holds here as well.
 */
export type TeamScope =
  { kind: 'all' } | { kind: 'none' } | { kind: 'teams'; teamIds: readonly string[]; orNoTeam: boolean };

export const ALL_TEAMS: TeamScope = { kind: 'all' };
export const NO_TEAMS: TeamScope = { kind: 'none' };

export function inTeams(teamIds: readonly string[], options: { orNoTeam?: boolean } = {}): TeamScope {
  const orNoTeam = options.orNoTeam ?? false;
  return teamIds.length === 0 && !orNoTeam ? NO_TEAMS : { kind: 'teams', teamIds: [...teamIds], orNoTeam };
}

/**
 * One rule: when the caller has the role, the scope it grants. Memberships come from the database, and
 * only when a rule asks for them, so a coordinator's request never looks them up.
 */
export type TeamRule = (
  principal: Principal,
  memberships: () => Promise<Memberships>,
) => TeamScope | undefined | Promise<TeamScope | undefined>;
export type TeamRules<Action extends string> = Readonly<Record<Action, readonly TeamRule[]>>;

export function whenRole(
  role: Role,
  scope: (principal: Principal, memberships: () => Promise<Memberships>) => TeamScope | Promise<TeamScope>,
): TeamRule {
  return (principal, memberships) =>
    principal.roles.includes(role) ? scope(principal, memberships) : undefined;
}

/** Deny by default: the first rule whose role the caller has decides; none means no records. */
export async function teamScopeFor<Action extends string>(
  rules: TeamRules<Action>,
  action: Action,
  principal: Principal,
  load: (volunteerId: string) => Promise<Memberships>,
): Promise<TeamScope> {
  let loaded: Promise<Memberships> | undefined;
  const memberships = (): Promise<Memberships> =>
    (loaded ??= principal.volunteerId ? load(principal.volunteerId) : Promise.resolve(NO_MEMBERSHIPS));
  for (const rule of rules[action]) {
    const scope = await rule(principal, memberships);
    if (scope) return scope;
  }
  return NO_TEAMS;
}

/** Whether a record of this team (null: of no team) is within the scope. */
export function teamScopeAllows(scope: TeamScope, teamId: string | null): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  return teamId === null ? scope.orNoTeam : scope.teamIds.includes(teamId);
}

/** Narrows a query to the scope; `teamColumn` holds the record's team id (NULL for no team). */
export function applyTeamScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  scope: TeamScope,
  teamColumn: string,
): SelectQueryBuilder<T> {
  if (scope.kind === 'all') return qb;
  if (scope.kind === 'none') return qb.andWhere('1 = 0');
  const parts: string[] = [];
  if (scope.teamIds.length > 0) parts.push(`${teamColumn} IN (:...scopeTeamIds)`);
  if (scope.orNoTeam) parts.push(`${teamColumn} IS NULL`);
  return qb.andWhere(`(${parts.join(' OR ')})`, { scopeTeamIds: scope.teamIds });
}
