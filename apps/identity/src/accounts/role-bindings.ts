import type { Role } from '@linkage/auth';
import { AccountError } from './account.error';

/** What a role is bound to: a partner to one organisation, a volunteer to one volunteer profile. */
export interface RoleBindings {
  organisationId: string | null;
  volunteerId: string | null;
}

/**
 * Checks that the roles have the bindings they need (422 ORGANISATION_REQUIRED / VOLUNTEER_REQUIRED)
 * and returns the bindings to keep: a binding whose role is not held is dropped, so taking the partner
 * role away also ends the tie to the organisation.
 */
export function bindRoles(roles: readonly Role[], bindings: RoleBindings): RoleBindings {
  const partner = roles.includes('partner');
  const volunteer = roles.includes('volunteer');
  if (partner && !bindings.organisationId) {
    throw new AccountError(
      'ORGANISATION_REQUIRED',
      'The partner role needs the organisation the account belongs to: give organisationId.',
      [{ field: 'organisationId', messages: ['organisationId is required for the partner role'] }],
    );
  }
  if (volunteer && !bindings.volunteerId) {
    throw new AccountError(
      'VOLUNTEER_REQUIRED',
      'The volunteer role needs the volunteer profile the account belongs to: give volunteerId.',
      [{ field: 'volunteerId', messages: ['volunteerId is required for the volunteer role'] }],
    );
  }
  return {
    organisationId: partner ? bindings.organisationId : null,
    volunteerId: volunteer ? bindings.volunteerId : null,
  };
}

/** Roles in the canonical order, without repeats, so stored lists and audit entries compare cleanly. */
export function canonicalRoles(roles: readonly Role[], order: readonly Role[]): Role[] {
  return order.filter((role) => roles.includes(role));
}
