/** A leader manages the team's shifts and sees its members; a member may join its team-only shifts. */
export const TEAM_ROLES = ['leader', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
