/**
 * What a partner event is, as the station's partners register them: visits to elderly residents, fire
 * and health talks and screenings in a community, general community service; anything else is other.
 */
export const EVENT_KINDS = [
  'elderly_care_visit',
  'fire_safety_talk',
  'health_screening',
  'community_service',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
