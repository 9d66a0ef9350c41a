export const ROLES = ['admin', 'coordinator', 'counsellor', 'partner', 'volunteer'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: what every handler and access rule works from. */
export interface Principal {
  accountId: string;
  displayName: string;
  roles: Role[];
  /** Set for partner members: the one organisation they belong to. */
  organisationId: string | null;
  /** Set for volunteers: their own volunteer profile. */
  volunteerId: string | null;
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}
