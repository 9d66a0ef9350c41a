/** The kinds of partner the station works with. */
export const ORGANISATION_KINDS = [
  'residents_committee',
  'hospital',
  'foundation',
  'street_social_work_station',
  'social_work_ngo',
  'college',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
