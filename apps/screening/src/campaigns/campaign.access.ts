import type { Role } from '@linkage/auth';

/**
 * Who may touch campaigns, by role (deny by default: a role not listed gets 403). Residents and results
 * will be narrower, with record-level rules here.
 */
export const CAMPAIGN_ROLES = {
  read: ['admin', 'coordinator'],
  create: ['admin', 'coordinator'],
} as const satisfies Record<string, readonly Role[]>;
