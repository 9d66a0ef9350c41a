import { AuditLog, type Principal } from '@linkage/auth';
import { Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { Memberships } from '../enrolments/memberships';
import type { SetQuitGoalDto } from './check-in.dto';
import { CheckInError } from './check-in.error';
import { CheckInRepository } from './check-in.repository';
import type { Goal } from './goal.entity';

/** A member's quitting goal: set by the member or a counsellor of the programme, read by both. */
@Injectable()
export class GoalService {
  constructor(
    private readonly checkIns: CheckInRepository,
    private readonly memberships: Memberships,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async set(
    principal: Principal,
    programmeId: string,
    enrolmentId: string,
    input: SetQuitGoalDto,
  ): Promise<Goal> {
    const member = await this.memberships.find(principal, 'goal.set', programmeId, enrolmentId, {
      active: true,
    });
    return this.transactions.run(async (tx) => {
      const goal = await this.checkIns.saveGoal(tx, {
        enrolmentId: member.id,
        programmeId,
        accountId: member.accountId,
        quitDate: input.quitDate,
        targetCigarettesPerDay: input.targetCigarettesPerDay,
      });
      await this.audit.record(
        { action: 'goal.set', recordType: 'enrolment', recordId: member.id, outcome: 'allowed' },
        tx,
      );
      return goal;
    });
  }

  async get(principal: Principal, programmeId: string, enrolmentId: string): Promise<Goal> {
    const member = await this.memberships.find(principal, 'member.read', programmeId, enrolmentId);
    const goal = await this.checkIns.goal(member.id);
    if (goal) return goal;
    throw new CheckInError('GOAL_NOT_FOUND', 'This member has not set a quitting goal yet.');
  }
}
