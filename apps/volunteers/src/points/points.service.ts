import { AuditLog, type Principal } from '@linkage/auth';
import { newId } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { TeamService } from '../teams/team.service';
import { VolunteerService } from '../volunteers/volunteer.service';
import { PointsError } from './points.error';
import { PointsEarning } from './points-earning';
import { PointsLedgerRepository, type StoredPointsEntry } from './points-ledger.repository';
import { rankByPoints, type LeaderboardRow } from './points-rules';

export interface MemberRank {
  rank: number;
  volunteerId: string;
  name: string;
  points: number;
}

/**
 * The points ledger as people use it: coordinators' manual awards, a volunteer's balance and entries, a
 * team's leaderboard. What hours and shifts earn is appended by PointsEarning.
 */
@Injectable()
export class PointsService {
  constructor(
    private readonly ledger: PointsLedgerRepository,
    private readonly earning: PointsEarning,
    private readonly volunteers: VolunteerService,
    private readonly teams: TeamService,
    private readonly access: VolunteersAccess,
    private readonly audit: AuditLog,
  ) {}

  async award(
    principal: Principal,
    input: { volunteerId: string; points: number; reason: string },
  ): Promise<StoredPointsEntry> {
    const awardId = newId();
    return this.volunteers.withLocked(input.volunteerId, async (tx, volunteer) => {
      if (!volunteer) {
        throw new PointsError('POINTS_VOLUNTEER_NOT_FOUND', `No volunteer with id ${input.volunteerId}.`);
      }
      await this.earning.earn(tx, { type: 'manual_award', awardId, ...input }, principal.accountId);
      await this.audit.record(
        {
          action: 'points.awarded',
          recordType: 'volunteer',
          recordId: input.volunteerId,
          outcome: 'allowed',
          details: { awardId, points: input.points, reason: input.reason },
        },
        tx,
      );
      return this.ledger.manualAward(tx, awardId);
    });
  }

  async ofVolunteer(
    principal: Principal,
    volunteerId: string,
  ): Promise<{ balance: number; entries: StoredPointsEntry[] }> {
    if (
      !(await this.access.can(principal, 'record.read', { ownerId: volunteerId })) ||
      !(await this.volunteers.exists(volunteerId))
    ) {
      throw new PointsError('POINTS_VOLUNTEER_NOT_FOUND', `No volunteer with id ${volunteerId}.`);
    }
    const result = await this.ledger.ofVolunteer(volunteerId, 200);
    return { balance: result.balance, entries: result.entries };
  }

  /** The team's members ranked by points (competition ranking; level members in pinyin order). */
  async leaderboard(principal: Principal, teamId: string): Promise<MemberRank[]> {
    if (!(await this.teams.isVisible(principal, teamId))) {
      throw new PointsError('POINTS_TEAM_NOT_FOUND', `No team with id ${teamId}.`);
    }
    const members = await this.ledger.teamBalances(teamId);
    // rankByPoints ranks named totals; a member is one here.
    const ranked: LeaderboardRow[] = rankByPoints(
      members.map((m) => ({ teamId: m.volunteerId, teamName: m.name, points: m.points })),
    );
    return ranked.map((r) => ({ rank: r.rank, volunteerId: r.teamId, name: r.teamName, points: r.points }));
  }
}
