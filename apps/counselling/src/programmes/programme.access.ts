import type { Role } from '@linkage/auth';

/**
 * Who may touch programmes, by role (deny by default: a role not listed gets 403). Counsellors run the
 * programmes; coordinators may see them to plan around them. Members' records (intake, notes) will be
 * narrower still and get record-level rules here.
 */
export const PROGRAMME_ROLES = {
  read: ['admin', 'counsellor', 'coordinator'],
  create: ['admin', 'counsellor'],
} as const satisfies Record<string, readonly Role[]>;
