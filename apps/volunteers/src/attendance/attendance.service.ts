import type { Principal } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { OnVolunteersEvent, type ShiftChanged } from '../domain-events/volunteers-events';
import { ShiftService } from '../shifts/shift.service';
import { SignupQueries } from '../signups/signup-queries.service';
import { VolunteerService } from '../volunteers/volunteer.service';
import type { NoShowDto, RecordAttendanceDto } from './attendance.dto';
import type { Attendance } from './attendance.entity';
import { AttendanceError } from './attendance.error';
import { AttendanceRecords } from './attendance-records';
import { AttendanceRepository } from './attendance.repository';
import { notConfirmed, refuse } from './attendance-rules';
import { futureAttendanceRefusal } from './attendance-window.rule';

/**
 * Attendance as those who manage a shift record it (times by hand, no-shows) and read it, the sweep
 * that flags missing check-outs, and what other features read: who led a shift. Marking a shift
 * completed records every confirmed sign-up without attendance as a no-show.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly records: AttendanceRecords,
    private readonly shifts: ShiftService,
    private readonly signups: SignupQueries,
    private readonly volunteers: VolunteerService,
  ) {}

  @OnVolunteersEvent('volunteers.shift.changed')
  async shiftChanged({ shift, change }: ShiftChanged, tx: Tx): Promise<void> {
    if (change === 'completed') await this.attendance.recordNoShows(tx, shift.id);
  }

  /** The volunteers who ran the shift as its leader (fetched its check-in code). */
  leadsOf(tx: Tx, shiftId: string): Promise<string[]> {
    return this.attendance.leadsOf(tx, shiftId);
  }

  /** A coordinator or the shift's leader records someone's times, with a reason. */
  async recordFor(
    principal: Principal,
    shiftId: string,
    input: RecordAttendanceDto,
    now = new Date(),
  ): Promise<Attendance> {
    const checkedInAt = new Date(input.checkedInAt);
    const checkedOutAt = input.checkedOutAt ? new Date(input.checkedOutAt) : null;
    if (checkedOutAt && checkedOutAt <= checkedInAt) {
      throw new AttendanceError('ATTENDANCE_TIMES_INVALID', 'The check-out must be after the check-in.');
    }
    refuse(futureAttendanceRefusal(now, { checkedInAt, checkedOutAt }));
    return this.shifts.withManagedShift(principal, shiftId, async (tx) => {
      await this.volunteers.lockForUpdate(tx, input.volunteerId);
      const signup = await this.signups.find(tx, shiftId, input.volunteerId);
      if (signup?.status !== 'confirmed') throw notConfirmed();
      const existing = await this.records.find(tx, shiftId, input.volunteerId);
      const checksOutNow = checkedOutAt !== null && !existing?.checkedOutAt;
      return this.records.put(
        tx,
        existing,
        {
          shiftId,
          volunteerId: input.volunteerId,
          signupId: signup.id,
          status: 'attended',
          checkedInAt,
          checkInMethod: 'manual',
          ...(checkedOutAt
            ? { checkedOutAt, checkOutMethod: 'manual' as const, missingCheckOutAt: null }
            : {}),
          recordedBy: principal.accountId,
          reason: input.reason,
        },
        {
          action: 'attendance.recorded',
          details: { reason: input.reason },
          ...(checksOutNow ? { checkedOutBy: principal.accountId } : {}),
        },
      );
    });
  }

  async noShow(
    principal: Principal,
    shiftId: string,
    volunteerId: string,
    input: NoShowDto,
  ): Promise<Attendance> {
    return this.shifts.withManagedShift(principal, shiftId, async (tx) => {
      const signup = await this.signups.find(tx, shiftId, volunteerId);
      if (signup?.status !== 'confirmed') throw notConfirmed();
      const existing = await this.records.find(tx, shiftId, volunteerId);
      if (existing?.checkedInAt) {
        throw new AttendanceError(
          'ATTENDANCE_ALREADY_CHECKED_IN',
          'This volunteer checked in; correct the attendance instead of marking a no-show.',
        );
      }
      return this.records.put(
        tx,
        existing,
        {
          shiftId,
          volunteerId,
          signupId: signup.id,
          status: 'no_show',
          recordedBy: principal.accountId,
          reason: input.reason ?? null,
        },
        { action: 'attendance.no_show', details: { reason: input.reason } },
      );
    });
  }

  /** The shift's attendance, for those who manage it. */
  async ofShift(principal: Principal, shiftId: string): Promise<Attendance[]> {
    await this.shifts.withManagedShift(principal, shiftId, () => Promise.resolve());
    return this.attendance.ofShift(shiftId);
  }

  sweepMissingCheckOuts(now = new Date()): Promise<number> {
    return this.attendance.flagMissingCheckOuts(now);
  }
}
