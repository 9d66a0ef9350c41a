import { AuditLog } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { OnVolunteersEvent, type AttendanceCheckedOut } from '../domain-events/volunteers-events';
import { ShiftSeats } from '../shifts/shift-seats';
import { localDateOf } from '../time/local-date';
import { VolunteerService } from '../volunteers/volunteer.service';
import { HoursChanges } from './hours-changes';
import type { HoursRecord } from './hours-record.entity';
import { HoursRepository } from './hours.repository';
import { applyDailyCapToRecord, computeServiceHours, unitsToHours } from './hours-rules';

/** An attendance's times, or a counselling session's for one of its peer facilitators. */
export type HoursServed = Omit<AttendanceCheckedOut, 'recordedBy'> & { recordedBy: string | null };

/**
 * Computes an attendance's hours record when it gets its check-out, in the check-out's transaction:
 * travel excluded, half-hour units, 8 h per local day across all the volunteer's records (under the
 * volunteer's lock, which serialises the daily limit). Once per attendance; told to partners as
 * volunteers.hours.recorded.v1 (HoursChanges).
 */
@Injectable()
export class HoursRecording {
  constructor(
    private readonly hours: HoursRepository,
    private readonly volunteers: VolunteerService,
    private readonly shifts: ShiftSeats,
    private readonly audit: AuditLog,
    private readonly changes: HoursChanges,
  ) {}

  @OnVolunteersEvent('volunteers.attendance.checked-out')
  async checkedOut(attendance: AttendanceCheckedOut, tx: Tx): Promise<void> {
    await this.recordFor(tx, attendance);
  }

  /**
   * In the check-out's transaction, which holds the volunteer's lock; once per attendance. Also for the
   * hours of a counselling session (CounsellingSessionHours), recorded by nobody here when the event
   * does not say who completed it.
   */
  async recordFor(tx: Tx, attendance: HoursServed): Promise<HoursRecord> {
    const existing = await this.hours.byAttendance(tx, attendance.attendanceId);
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
    // Published as volunteers.hours.recorded.v1 (version 1) in this transaction: partners certify it.
    const record = await this.changes.insert(
      tx,
      {
        attendanceId: attendance.attendanceId,
        volunteerId: attendance.volunteerId,
        shiftId: attendance.shiftId,
        teamId: shift.teamId,
        serviceDate: localDateOf(attendance.checkedInAt),
        checkedInAt: attendance.checkedInAt,
        checkedOutAt: attendance.checkedOutAt,
        hours: capped.hours,
        computedHours: computed.hours,
        trimmedHours: unitsToHours(computed.units - capped.units),
        travelMinutes: 0,
        status: 'recorded',
        recordedBy: attendance.recordedBy,
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
        details: {
          attendanceId: attendance.attendanceId,
          hours: record.hours,
          computedHours: computed.hours,
        },
      },
      tx,
    );
    return record;
  }
}
