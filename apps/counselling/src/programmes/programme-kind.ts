/** The group programmes counsellors run; `other` until a new kind earns its own name. */
export const PROGRAMME_KINDS = [
  'sand_tray_salon',
  'listening_group',
  'peer_smoking_cessation',
  'other',
] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
