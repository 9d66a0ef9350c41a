export const ORGANISATION_ROLES = ['manager', 'staff'] as const;

/**
 * invited: identity holds an invitation nobody has accepted yet; active: the account exists and is
 * linked; suspended: refused by partners whatever their token says (invited ones too, once linked).
 */
export const MEMBER_STATUSES = ['invited', 'active', 'suspended'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
