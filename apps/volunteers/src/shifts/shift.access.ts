import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { TeamMembershipRepository } from '../teams/team-membership.repository';
import {
  ALL_TEAMS,
  inTeams,
  teamScopeFor,
  whenRole,
  type TeamRules,
  type TeamScope,
} from '../teams/team-scope';

export type ShiftAction = 'read' | 'manage' | 'assign';

/**
 * Who may do what to shifts (and their sign-ups), by the shift's team:
 * - read: coordinators and admins every shift; a volunteer the shifts open to everyone and those of
 *   the teams they are in (a team-only shift of another team does not exist for them);
 * - manage (create, change, cancel, see the roster, approve, cancel someone's sign-up): coordinators
 *   and admins every shift; a team leader the shifts of the teams they lead;
 * - assign (sign someone else up, override an overlap): coordinators and admins only.
 * Anyone else: nothing.
 */
export const SHIFT_RULES: TeamRules<ShiftAction> = {
  read: [
    whenRole('admin', () => ALL_TEAMS),
    whenRole('coordinator', () => ALL_TEAMS),
    whenRole('volunteer', async (_p, m) => inTeams((await m()).memberOf, { orNoTeam: true })),
  ],
  manage: [
    whenRole('admin', () => ALL_TEAMS),
    whenRole('coordinator', () => ALL_TEAMS),
    whenRole('volunteer', async (_p, m) => inTeams((await m()).leaderOf)),
  ],
  assign: [whenRole('admin', () => ALL_TEAMS), whenRole('coordinator', () => ALL_TEAMS)],
};

@Injectable()
export class ShiftAccess {
  constructor(private readonly memberships: TeamMembershipRepository) {}

  scope(principal: Principal, action: ShiftAction): Promise<TeamScope> {
    return teamScopeFor(SHIFT_RULES, action, principal, (id) => this.memberships.of(id));
  }
}
