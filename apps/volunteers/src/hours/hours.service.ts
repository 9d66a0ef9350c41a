import { AuditLog, notFoundOrDenied, type Principal, type RecordScope } from '@linkage/auth';
import { EventSubject } from '@linkage/contracts';
import { Outbox } from '@linkage/messaging';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import type { Attendance } from '../attendance/attendance.entity';
import { AttendanceHooks } from '../attendance/attendance-hooks';
import { Transactions, type Tx } from '@linkage/database';
import { PointsService } from '../points/points.service';
import { ShiftRepository } from '../shifts/shift.repository';
import { shiftSource } from '../shifts/shift-source';
import { localDateOf } from '../time/local-date';
import { VolunteerRepository } from '../volunteers/volunteer.repository';
import type { HoursRecord } from './hours-record.entity';
import { HoursError } from './hours.error';
import { HoursRepository, type HoursAdjustment, type HoursExportRow } from './hours.repository';
import {
  applyDailyCapToRecord,
  computeServiceHours,
  hoursToUnits,
  MAX_HOURS_PER_DAY,
  starLevel,
  unitsToHours,
  type StarLevel,
} from './hours-rules';

export interface VolunteerHours {
  totalVerifiedHours: string;
  starLevel: StarLevel;
  byMonth: { month: string; hours: string }[];
  records: HoursRecord[];
}

/**
 * Service hours: computed when an attendance gets its check-out (travel excluded, half-hour units, 8 h
 * per local day across all the volunteer's records), verified by a coordinator or the shift's team
 * leader, adjusted with a reason. Changes hold the volunteer's row lock, which serialises the daily limit.
 */
@Injectable()
export class HoursService implements OnModuleInit {
  constructor(
    private readonly hours: HoursRepository,
    private readonly access: VolunteersAccess,
    private readonly shifts: ShiftRepository,
    private readonly volunteers: VolunteerRepository,
    private readonly points: PointsService,
    private readonly attendanceHooks: AttendanceHooks,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  onModuleInit(): void {
    this.attendanceHooks.onCheckedOut((tx, attendance, recordedBy) =>
      this.recordFor(tx, attendance, recordedBy).then(() => undefined),
    );
  }

  /** In the check-out's transaction, which holds the volunteer's lock; once per attendance. */
  async recordFor(tx: Tx, attendance: Attendance, recordedBy: string): Promise<HoursRecord> {
    const existing = await this.hours.byAttendance(tx, attendance.id);
    if (existing || !attendance.checkedInAt || !attendance.checkedOutAt) return existing!;
    await this.volunteers.lockForUpdate(tx, attendance.volunteerId);
    const shift = await this.shifts.current(tx, attendance.shiftId);
    const computed = computeServiceHours({
      checkIn: attendance.checkedInAt,
      checkOut: attendance.checkedOutAt,
    });
    const others = await this.hours.hoursOnDates(
      tx,
      attendance.volunteerId,
      computed.byDate.map((d) => d.date),
      null,
    );
    const capped = applyDailyCapToRecord(computed, others);
    const record = await this.hours.insert(
      tx,
      {
        attendanceId: attendance.id,
        volunteerId: attendance.volunteerId,
        shiftId: attendance.shiftId,
        teamId: shift.teamId,
        serviceDate: localDateOf(attendance.checkedInAt),
        hours: capped.hours,
        computedHours: computed.hours,
        trimmedHours: unitsToHours(computed.units - capped.units),
        travelMinutes: 0,
        status: 'recorded',
        recordedBy,
        recordedAt: new Date(),
        verifiedBy: null,
        verifiedAt: null,
      },
      capped.byDate.filter((d) => d.units > 0),
    );
    await this.audit.record(
      {
        action: 'hours.recorded',
        recordType: 'hours',
        recordId: record.id,
        outcome: 'allowed',
        details: { attendanceId: attendance.id, hours: record.hours, computedHours: computed.hours },
      },
      tx,
    );
    return record;
  }

  async get(
    principal: Principal,
    id: string,
  ): Promise<{ record: HoursRecord; adjustments: HoursAdjustment[] }> {
    const record = await this.hours.findById(await this.access.scope(principal, 'hours.read'), id);
    if (!record) throw notFound(id);
    return { record, adjustments: await this.hours.adjustments(id) };
  }

  async verify(principal: Principal, id: string): Promise<HoursRecord> {
    const scope = await this.managed(principal, id);
    const verifierRole = (await this.access.can(principal, 'record.administer'))
      ? 'coordinator'
      : 'team_leader';
    return this.transactions.run(async (tx) => {
      const record = await this.lockRecord(tx, scope, id);
      if (record.status === 'verified') return record;
      const now = new Date();
      const saved = await this.hours.save(tx, id, {
        status: 'verified',
        verifiedBy: principal.accountId,
        verifiedAt: now,
      });
      await this.points.earn(
        tx,
        { type: 'hours_verified', volunteerId: saved.volunteerId, hoursRecordId: id, hours: saved.hours },
        principal.accountId,
      );
      const shift = await this.shifts.current(tx, saved.shiftId);
      await this.outbox.add(tx, EventSubject.volunteersHoursVerified, {
        hoursRecordId: id,
        volunteerId: saved.volunteerId,
        shiftId: saved.shiftId,
        source: shiftSource(shift),
        hours: Number(saved.hours),
        verifiedBy: principal.accountId,
        verifierRole,
        verifiedAt: now.toISOString(),
      });
      await this.audit.record(
        {
          action: 'hours.verified',
          recordType: 'hours',
          recordId: id,
          outcome: 'allowed',
          details: { hours: saved.hours },
        },
        tx,
      );
      return saved;
    });
  }

  /** Sets the hours with a reason; the previous value is kept, and verified points follow the change. */
  async adjust(
    principal: Principal,
    id: string,
    input: { hours: string; reason: string },
  ): Promise<HoursRecord> {
    const scope = await this.managed(principal, id);
    const wanted = hoursToUnits(input.hours);
    return this.transactions.run(async (tx) => {
      const record = await this.lockRecord(tx, scope, id);
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
      const previousPoints =
        record.status === 'verified'
          ? await this.points.previousForHoursRecord(tx, record.volunteerId, id)
          : 0;
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
      const saved = await this.hours.save(tx, id, { hours });
      if (record.status === 'verified') {
        await this.points.earn(
          tx,
          {
            type: 'hours_adjusted',
            volunteerId: record.volunteerId,
            hoursRecordId: id,
            adjustmentId,
            previousPoints,
            hours,
          },
          principal.accountId,
        );
      }
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

  async ofVolunteer(principal: Principal, volunteerId: string): Promise<VolunteerHours> {
    if (
      !(await this.access.can(principal, 'record.read', { ownerId: volunteerId })) ||
      !(await this.volunteers.exists(volunteerId))
    ) {
      throw new HoursError('HOURS_NOT_FOUND', `No volunteer with id ${volunteerId}.`);
    }
    const { total, byMonth } = await this.hours.verifiedTotals(volunteerId);
    return {
      totalVerifiedHours: total,
      starLevel: starLevel(total),
      byMonth,
      records: await this.hours.ofVolunteer(volunteerId),
    };
  }

  totals(by: 'team' | 'month', from?: string, to?: string) {
    return this.hours.totals(by, from, to);
  }

  async exportRows(principal: Principal, from?: string, to?: string): Promise<HoursExportRow[]> {
    const rows = await this.hours.exportRows(from, to);
    await this.audit.record({
      action: 'hours.exported',
      recordType: 'hours',
      outcome: 'allowed',
      details: { from, to, rows: rows.length, by: principal.accountId },
    });
    return rows;
  }

  /**
   * The caller's manage scope when it holds the record. 403 for a record they see but may not verify or
   * adjust; 404 for one they may not see (a denied attempt when it exists), as for one not there.
   */
  private async managed(principal: Principal, id: string): Promise<RecordScope> {
    const scope = await this.access.scope(principal, 'hours.manage');
    if (await this.hours.findById(scope, id)) return scope;
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

  private async lockRecord(tx: Tx, scope: RecordScope, id: string): Promise<HoursRecord> {
    const record = await this.hours.findById(scope, id, tx);
    if (!record) throw notFound(id);
    await this.volunteers.lockForUpdate(tx, record.volunteerId);
    return (await this.hours.findById(scope, id, tx))!;
  }
}

function notFound(id: string): HoursError {
  return new HoursError('HOURS_NOT_FOUND', `No hours record with id ${id}.`);
}
