/** The part an organisation plays in a joint project ("five-party linkage"). */
export const PROJECT_ROLES = ['lead', 'co_organiser', 'funder', 'medical_partner', 'community_host'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];
