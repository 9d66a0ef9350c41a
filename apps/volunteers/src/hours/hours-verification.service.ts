import { AuditLog, notFoundOrDenied, type Principal, type RecordScope } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { VolunteerService } from '../volunteers/volunteer.service';
import { HoursChanges } from './hours-changes';
import type { HoursRecord } from './hours-record.entity';
import { HoursError, hoursNotFound as notFound } from './hours.error';
import { HoursRepository } from './hours.repository';
import { hoursToUnits, MAX_HOURS_PER_DAY, unitsToHours } from './hours-rules';

/**
 * Verifying and adjusting hours records (coordinators; the shift's team leaders, never for their own),
 * each under the volunteer's row lock, which serialises the daily limit. The changes and what they
 * tell (points through 'volunteers.hours.verified.v1' and 'volunteers.hours.adjusted', partners through
 * volunteers.hours.recorded.v1) are HoursChanges', in the same transaction.
 */
@Injectable()
export class HoursVerification {
  constructor(
    private readonly hours: HoursRepository,
    private readonly access: VolunteersAccess,
    private readonly volunteers: VolunteerService,
    private readonly audit: AuditLog,
    private readonly changes: HoursChanges,
  ) {}

  async verify(principal: Principal, id: string): Promise<HoursRecord> {
    const { scope, volunteerId } = await this.managed(principal, id);
    const verifierRole = (await this.access.can(principal, 'record.administer'))
      ? 'coordinator'
      : 'team_leader';
    return this.volunteers.withLocked(volunteerId, async (tx) => {
      const record = await this.lockedRecord(tx, scope, id);
      // A disputed record is verified too: the coordinator settles the partner's dispute.
      if (record.status === 'verified') return record;
      return this.changes.verify(tx, record, { accountId: principal.accountId, role: verifierRole });
    });
  }

  /** Sets the hours with a reason; the previous value is kept, and verified points follow the change. */
  async adjust(
    principal: Principal,
    id: string,
    input: { hours: string; reason: string },
  ): Promise<HoursRecord> {
    const { scope, volunteerId } = await this.managed(principal, id);
    const wanted = hoursToUnits(input.hours);
    return this.volunteers.withLocked(volunteerId, async (tx) => {
      const record = await this.lockedRecord(tx, scope, id);
      const days = await this.hours.daysOf(tx, id);
      const dates = days.length > 0 ? days.map((d) => d.date) : [record.serviceDate];
      const others = await this.hours.hoursOnDates(tx, record.volunteerId, dates, id);
      // Fill the record's dates in order, each up to what the daily limit leaves.
      let left = wanted;
      const newDays = dates.map((date) => {
        const room = Math.max(0, MAX_HOURS_PER_DAY * 2 - hoursToUnits(others.get(date) ?? '0'));
        const units = Math.min(room, left);
        left -= units;
        return { date, hours: unitsToHours(units) };
      });
      if (left > 0) {
        throw new HoursError(
          'HOURS_DAILY_CAP_EXCEEDED',
          `${unitsToHours(wanted)} hours would take this volunteer over ${MAX_HOURS_PER_DAY} hours on ${dates.join(', ')}.`,
          { dates, maxHoursPerDay: MAX_HOURS_PER_DAY },
        );
      }
      const hours = unitsToHours(wanted);
      const adjustmentId = await this.hours.addAdjustment(tx, id, {
        previousHours: record.hours,
        hours,
        reason: input.reason,
        adjustedBy: principal.accountId,
        adjustedAt: new Date(),
      });
      await this.hours.replaceDays(
        tx,
        id,
        record.volunteerId,
        newDays.filter((d) => d.hours !== '0.00'),
      );
      const saved = await this.changes.adjust(tx, record, {
        id: adjustmentId,
        hours,
        adjustedBy: principal.accountId,
      });
      await this.audit.record(
        {
          action: 'hours.adjusted',
          recordType: 'hours',
          recordId: id,
          outcome: 'allowed',
          details: { previousHours: record.hours, hours, reason: input.reason, adjustmentId },
        },
        tx,
      );
      return saved;
    });
  }

  /**
   * The caller's manage scope when it holds the record. 403 for a record they see but may not verify or
   * adjust; 404 for one they may not see (a denied attempt when it exists), as for one not there.
   */
  private async managed(
    principal: Principal,
    id: string,
  ): Promise<{ scope: RecordScope; volunteerId: string }> {
    const scope = await this.access.scope(principal, 'hours.manage');
    const record = await this.hours.findById(scope, id);
    if (record) return { scope, volunteerId: record.volunteerId };
    if (await this.hours.findById(await this.access.scope(principal, 'hours.read'), id)) {
      throw new HoursError(
        'HOURS_VERIFY_FORBIDDEN',
        'Only a coordinator or the leader of the shift’s team verifies or adjusts hours, and not their own.',
      );
    }
    return notFoundOrDenied(
      this.audit,
      {
        action: 'hours.manage',
        recordType: 'hours',
        recordId: id,
        existsOutsideScope: () => this.hours.exists(id),
      },
      notFound(id),
    );
  }

  /** The record as it stands under its volunteer's lock (a record's volunteer never changes). */
  private async lockedRecord(tx: Tx, scope: RecordScope, id: string): Promise<HoursRecord> {
    const record = await this.hours.findById(scope, id, tx);
    if (!record) throw notFound(id);
    return record;
  }
}
