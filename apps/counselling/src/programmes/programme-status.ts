/** draft: being planned, invisible to applicants; open: taking applications; closed: no more intake. */
export const PROGRAMME_STATUSES = ['draft', 'open', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
