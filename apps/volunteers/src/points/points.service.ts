import { AuditLog, type Principal } from '@linkage/auth';
import { newId, Transactions, type Tx } from '@linkage/database';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { AttendanceRepository } from '../attendance/attendance.repository';
import { ShiftHooks } from '../shifts/shift-hooks';
import { TeamRepository } from '../teams/team.repository';
import { VolunteersConfig } from '../volunteers.config';
import { VolunteerRepository } from '../volunteers/volunteer.repository';
import { PointsError } from './points.error';
import { PointsLedgerRepository, type StoredPointsEntry } from './points-ledger.repository';
import {
  pointsFor,
  rankByPoints,
  validatePointsRules,
  type LeaderboardRow,
  type PointsEvent,
  type PointsRule,
} from './points-rules';

export interface MemberRank {
  rank: number;
  volunteerId: string;
  name: string;
  points: number;
}

/**
 * The points ledger: appends what pointsFor gives for verified or adjusted hours, shifts led and manual
 * awards, under the rules in the config (POINTS_*). Never changes an entry.
 */
@Injectable()
export class PointsService implements OnModuleInit {
  private readonly rules: readonly PointsRule[];

  constructor(
    private readonly ledger: PointsLedgerRepository,
    private readonly attendance: AttendanceRepository,
    private readonly volunteers: VolunteerRepository,
    private readonly teams: TeamRepository,
    private readonly access: VolunteersAccess,
    private readonly shiftHooks: ShiftHooks,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    config: VolunteersConfig,
  ) {
    this.rules = validatePointsRules([
      { kind: 'per_verified_hour', points: config.POINTS_PER_VERIFIED_HOUR },
      { kind: 'led_shift', points: config.POINTS_FOR_LEADING_SHIFT },
      { kind: 'training_attended', points: config.POINTS_FOR_TRAINING },
    ]);
  }

  onModuleInit(): void {
    // Those who ran a completed shift's check-in led it.
    this.shiftHooks.onChanged(async (tx, shift, change) => {
      if (change !== 'completed') return;
      for (const volunteerId of await this.attendance.leadsOf(tx, shift.id)) {
        await this.earn(tx, { type: 'shift_led', volunteerId, shiftId: shift.id }, null);
      }
    });
  }

  /** Appends what the event earns, in the caller's transaction. */
  async earn(tx: Tx, event: PointsEvent, createdBy: string | null): Promise<void> {
    await this.ledger.append(tx, pointsFor(event, this.rules), createdBy);
  }

  previousForHoursRecord(tx: Tx, volunteerId: string, recordId: string): Promise<number> {
    return this.ledger.pointsForHoursRecord(tx, volunteerId, recordId);
  }

  async award(
    principal: Principal,
    input: { volunteerId: string; points: number; reason: string },
  ): Promise<StoredPointsEntry> {
    const awardId = newId();
    return this.transactions.run(async (tx) => {
      if (!(await this.volunteers.lockForUpdate(tx, input.volunteerId))) {
        throw new PointsError('POINTS_VOLUNTEER_NOT_FOUND', `No volunteer with id ${input.volunteerId}.`);
      }
      await this.earn(tx, { type: 'manual_award', awardId, ...input }, principal.accountId);
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
    if (!(await this.teams.findById(await this.access.scope(principal, 'team.read'), teamId))) {
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
