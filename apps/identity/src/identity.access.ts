import { hasRole, type Principal, type Role } from '@linkage/auth';

/**
 * Who may do what in identity, by role (deny by default: a role not listed gets 403). Every account
 * reads its own through /api/auth/me.
 */
export const IDENTITY_ROLES = {
  readAccounts: ['admin', 'coordinator'],
  manageAccounts: ['admin'],
  invite: ['admin', 'coordinator'],
  readInvitations: ['admin', 'coordinator'],
} as const satisfies Record<string, readonly Role[]>;

/** Admins may invite any role; coordinators any role but admin (nobody raises someone above themselves). */
export function mayInvite(inviter: Principal, role: Role): boolean {
  if (hasRole(inviter, 'admin')) return true;
  return hasRole(inviter, 'coordinator') && role !== 'admin';
}
