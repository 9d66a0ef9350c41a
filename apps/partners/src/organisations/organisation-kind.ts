/**
 * The kinds of partner the station works with in its "five-party linkage" projects: residents'
 * committees, the hospital, foundations, street social-work stations, social-work agencies, other NGOs
 * (the elderly-care NGO), the college, and the community's party branch.
 */
export const ORGANISATION_KINDS = [
  'residents_committee',
  'hospital',
  'foundation',
  'street_social_work_station',
  'social_work_ngo',
  'ngo',
  'college',
  'party_branch',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Suspended organisations keep their history but register nothing new and get no new members. */
export const ORGANISATION_STATUSES = ['active', 'suspended'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];
