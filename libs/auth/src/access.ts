import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from './principal';

/**
 * Which records of a kind a caller may touch for one action: all of them, only those owned by one key
 * (their organisation, their own volunteer profile), or none. Repositories take a scope in every
 * signature and apply it in the query, so a forgotten filter is a type error, not a leak.
 */
export type RecordScope = { kind: 'all' } | { kind: 'owner'; ownerId: string } | { kind: 'none' };

export const ALL: RecordScope = { kind: 'all' };
export const NONE: RecordScope = { kind: 'none' };
export const ownedBy = (ownerId: string | null): RecordScope => (ownerId ? { kind: 'owner', ownerId } : NONE);

/** One rule per action: the first rule whose role the caller has decides. */
export type AccessRule = (principal: Principal) => RecordScope | undefined;
export type AccessRules<Action extends string> = Readonly<Record<Action, readonly AccessRule[]>>;

/** Deny by default: no rule that matches means no records. */
export function scopeFor<Action extends string>(
  rules: AccessRules<Action>,
  action: Action,
  principal: Principal,
): RecordScope {
  for (const rule of rules[action]) {
    const scope = rule(principal);
    if (scope) return scope;
  }
  return NONE;
}

/** Rule helpers: `when('coordinator', () => ALL)`. */
export function when(
  role: Principal['roles'][number],
  scope: (principal: Principal) => RecordScope,
): AccessRule {
  return (principal) => (principal.roles.includes(role) ? scope(principal) : undefined);
}

/** Narrows a query to the scope: `ownerColumn` is the column that holds the owner key. */
export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  scope: RecordScope,
  ownerColumn: string,
): SelectQueryBuilder<T> {
  if (scope.kind === 'none') return qb.andWhere('1 = 0');
  if (scope.kind === 'owner')
    return qb.andWhere(`${ownerColumn} = :scopeOwnerId`, { scopeOwnerId: scope.ownerId });
  return qb;
}

export function scopeAllows(scope: RecordScope, ownerId: string): boolean {
  return scope.kind === 'all' || (scope.kind === 'owner' && scope.ownerId === ownerId);
}

/** The station's staff: admins and coordinators see and change every record of a kind. */
export const STAFF: readonly AccessRule[] = [when('admin', () => ALL), when('coordinator', () => ALL)];
