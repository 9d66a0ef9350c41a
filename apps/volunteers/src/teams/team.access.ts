import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { TeamMembershipRepository } from './team-membership.repository';
import { ALL_TEAMS, inTeams, teamScopeFor, whenRole, type TeamRules, type TeamScope } from './team-scope';

export type TeamAction = 'read' | 'read_members' | 'manage';

/**
 * Coordinators and admins: every team, and only they change teams and who is in them. A volunteer sees
 * the teams they belong to; a team leader also sees who is in the teams they lead. Leadership is looked
 * up in team_members on each request, so a change of leader takes effect at once (not at the next
 * token). Anyone else: nothing.
 */
export const TEAM_RULES: TeamRules<TeamAction> = {
  read: [
    whenRole('admin', () => ALL_TEAMS),
    whenRole('coordinator', () => ALL_TEAMS),
    whenRole('volunteer', async (_p, m) => inTeams((await m()).memberOf)),
  ],
  read_members: [
    whenRole('admin', () => ALL_TEAMS),
    whenRole('coordinator', () => ALL_TEAMS),
    whenRole('volunteer', async (_p, m) => inTeams((await m()).leaderOf)),
  ],
  manage: [whenRole('admin', () => ALL_TEAMS), whenRole('coordinator', () => ALL_TEAMS)],
};

@Injectable()
export class TeamAccess {
  constructor(private readonly memberships: TeamMembershipRepository) {}

  scope(principal: Principal, action: TeamAction): Promise<TeamScope> {
    return teamScopeFor(TEAM_RULES, action, principal, (id) => this.memberships.of(id));
  }
}
