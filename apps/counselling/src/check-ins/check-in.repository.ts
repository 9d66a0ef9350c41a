import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { CheckIn } from './check-in.entity';
import { Goal } from './goal.entity';
import type { DayRecord } from './quit-progress';

export type DayRow = DayRecord & { enrolmentId: string };

/**
 * Goals and check-ins, always by enrolment: callers have found the enrolment through Memberships (which
 * applied the caller's scope) before they come here.
 */
@Injectable()
export class CheckInRepository {
  constructor(
    @InjectRepository(Goal) private readonly goals: Repository<Goal>,
    @InjectRepository(CheckIn) private readonly checkIns: Repository<CheckIn>,
  ) {}

  async saveGoal(
    tx: Tx,
    goal: Pick<Goal, 'enrolmentId' | 'programmeId' | 'accountId' | 'quitDate' | 'targetCigarettesPerDay'>,
  ): Promise<Goal> {
    await tx
      .getRepository(Goal)
      .createQueryBuilder()
      .insert()
      .values(goal)
      .orUpdate(['quit_date', 'target_cigarettes_per_day'], ['enrolment_id'])
      .execute();
    return tx.getRepository(Goal).findOneByOrFail({ enrolmentId: goal.enrolmentId });
  }

  goal(enrolmentId: string): Promise<Goal | null> {
    return this.goals.findOneBy({ enrolmentId });
  }

  goalsOf(enrolmentIds: readonly string[]): Promise<Goal[]> {
    return enrolmentIds.length === 0
      ? Promise.resolve([])
      : this.goals.findBy({ enrolmentId: In([...enrolmentIds]) });
  }

  /**
   * The member's check-in for its day: a second one the same day replaces the first (the unique key
   * (enrolment, day) decides, in one statement, so a phone retrying at once cannot make two).
   */
  async upsert(checkIn: Omit<CheckIn, 'createdAt' | 'updatedAt'>): Promise<CheckIn> {
    await this.checkIns
      .createQueryBuilder()
      .insert()
      .values(checkIn)
      .orUpdate(
        ['cigarettes', 'craving', 'mood', 'lapse', 'note', 'note_key_id'],
        ['enrolment_id', 'local_date'],
      )
      .execute();
    return this.checkIns.findOneByOrFail({ enrolmentId: checkIn.enrolmentId, localDate: checkIn.localDate });
  }

  /** A member's check-ins, newest day first. */
  ofEnrolment(enrolmentId: string): Promise<CheckIn[]> {
    return this.checkIns.find({ where: { enrolmentId }, order: { localDate: 'DESC' } });
  }

  /** What the progress rules read of the members' check-ins (no mood, craving or note). */
  days(enrolmentIds: readonly string[]): Promise<DayRow[]> {
    if (enrolmentIds.length === 0) return Promise.resolve([]);
    return this.checkIns.find({
      where: { enrolmentId: In([...enrolmentIds]) },
      select: { enrolmentId: true, localDate: true, cigarettes: true, lapse: true },
    });
  }

  /** Each member's latest check-in day (members who never checked in are absent). */
  async lastDays(enrolmentIds: readonly string[]): Promise<Map<string, string>> {
    if (enrolmentIds.length === 0) return new Map();
    const rows = await this.checkIns
      .createQueryBuilder('c')
      .select('c.enrolment_id', 'enrolmentId')
      .addSelect("DATE_FORMAT(MAX(c.local_date), '%Y-%m-%d')", 'last')
      .where('c.enrolment_id IN (:...ids)', { ids: [...enrolmentIds] })
      .groupBy('c.enrolment_id')
      .getRawMany<{ enrolmentId: string; last: string }>();
    return new Map(rows.map((r) => [r.enrolmentId, r.last]));
  }
}
