/**
 * 政治面貌. Optional: it is beyond the basic record the national rules ask for (民函〔2012〕340号), so it is
 * kept only when the volunteer chooses to give it.
 */
export const POLITICAL_STATUSES = [
  'masses',
  'youth_league_member',
  'party_member',
  'party_activist',
] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];
