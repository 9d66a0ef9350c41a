import {
  ALL,
  hasRole,
  rolesFor,
  STAFF,
  when,
  type AccessRules,
  type Principal,
  type Role,
} from '@linkage/auth';

export type IdentityAction = keyof typeof IDENTITY_RULES;

/**
 * Every access rule of the identity service, per (resource, action), deny by default. Accounts and
 * invitations are the station's: no rule narrows them to some records, so the table gives the endpoint's
 * @Roles (`IDENTITY_ROLES`) and `mayInvite` says which roles an inviter may hand out. Every account reads
 * its own through /api/auth/me.
 */
export const IDENTITY_RULES = {
  'account.read': [...STAFF],
  'account.manage': [when('admin', () => ALL)],
  'invitation.create': [...STAFF],
  'invitation.read': [...STAFF],
} satisfies AccessRules<string>;

const rules: AccessRules<IdentityAction> = IDENTITY_RULES;

/** The roles each action's endpoints admit (@Roles): those some rule of the action is written for. */
export const IDENTITY_ROLES = Object.fromEntries(
  Object.keys(rules).map((action) => [action, rolesFor(rules, action as IdentityAction)]),
) as Record<IdentityAction, Role[]>;

/** Admins may invite any role; coordinators any role but admin (nobody raises someone above themselves). */
export function mayInvite(inviter: Principal, role: Role): boolean {
  if (hasRole(inviter, 'admin')) return true;
  return hasRole(inviter, 'coordinator') && role !== 'admin';
}
