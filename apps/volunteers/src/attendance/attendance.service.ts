import { AuditLog, type Principal } from '@linkage/auth';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Transactions, type Tx } from '@linkage/database';
import type { Shift } from '../shifts/shift.entity';
import { ShiftHooks } from '../shifts/shift-hooks';
import { ShiftRepository } from '../shifts/shift.repository';
import { ShiftService } from '../shifts/shift.service';
import { SignupRepository } from '../signups/signup.repository';
import { VolunteersConfig } from '../volunteers.config';
import { VolunteerRepository } from '../volunteers/volunteer.repository';
import { ownVolunteerId } from '../volunteers/volunteer.service';
import type { NoShowDto, RecordAttendanceDto, ScanDto } from './attendance.dto';
import type { Attendance } from './attendance.entity';
import { AttendanceError } from './attendance.error';
import { AttendanceHooks } from './attendance-hooks';
import { AttendanceRepository } from './attendance.repository';
import {
  checkInRefusal,
  checkOutRefusal,
  futureAttendanceRefusal,
  type AttendanceWindowSettings,
} from './attendance-window.rule';
import { claimedByCode } from './check-in-code.parse';
import { checkInCodeRotatesAt, issueCheckInCode, verifyCheckInCode, type CheckInPurpose } from './qr-code';
import { QrSecret } from './qr-secret';
import { locationFlag } from './venue-distance';

export interface AttendanceResult {
  attendance: Attendance;
  /** False when the scan repeated one already recorded. */
  changed: boolean;
}

/**
 * Check-in and check-out. A scan runs in one transaction holding the volunteer's row lock (the same
 * first lock as a sign-up), so two scans of one volunteer cannot both record; a repeated scan answers
 * what is there. A check-out hands the attendance to the hours feature in the same transaction.
 */
@Injectable()
export class AttendanceService implements OnModuleInit {
  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly signups: SignupRepository,
    private readonly shifts: ShiftRepository,
    private readonly shiftService: ShiftService,
    private readonly volunteers: VolunteerRepository,
    private readonly shiftHooks: ShiftHooks,
    private readonly hooks: AttendanceHooks,
    private readonly secret: QrSecret,
    private readonly transactions: Transactions,
    private readonly config: VolunteersConfig,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.shiftHooks.onChanged(async (tx, shift, change) => {
      if (change === 'completed') await this.attendance.recordNoShows(tx, shift.id);
    });
  }

  /** The code for the leader's screen; fetching it marks a volunteer-leader as running the shift. */
  async checkInCode(
    principal: Principal,
    shiftId: string,
    purpose: CheckInPurpose,
    now = new Date(),
  ): Promise<{ code: string; rotatesAt: Date }> {
    const period = this.config.CHECK_IN_CODE_PERIOD_SECONDS;
    await this.shiftService.withManagedShift(principal, shiftId, async (tx, shift) => {
      assertActive(shift);
      if (principal.volunteerId) await this.attendance.recordLead(tx, shiftId, principal.volunteerId);
    });
    return {
      code: issueCheckInCode(await this.secret.get(), shiftId, purpose, now, period),
      rotatesAt: checkInCodeRotatesAt(now, period),
    };
  }

  async scan(principal: Principal, input: ScanDto, now = new Date()): Promise<AttendanceResult> {
    const volunteerId = ownVolunteerId(principal);
    const claimed = claimedByCode(input.code);
    if (!claimed) throw invalidCode();
    const verdict = verifyCheckInCode(
      await this.secret.get(),
      input.code,
      claimed.shiftId,
      claimed.purpose,
      now,
      { periodSeconds: this.config.CHECK_IN_CODE_PERIOD_SECONDS },
    );
    if (!verdict.ok) {
      if (verdict.reason === 'expired' || verdict.reason === 'not_yet_valid') {
        throw new AttendanceError(
          'CHECK_IN_CODE_EXPIRED',
          'This check-in code has expired; scan the code on the leader’s screen again.',
          { reason: verdict.reason },
        );
      }
      throw invalidCode();
    }
    const { shiftId, purpose } = claimed;
    const at = input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : null;
    return this.transactions.run(async (tx) => {
      await this.volunteers.lockForUpdate(tx, volunteerId);
      const shift = await this.confirmedShift(tx, shiftId, volunteerId);
      const signup = await this.signups.find(shiftId, volunteerId, tx);
      const existing = await this.attendance.find(tx, shiftId, volunteerId);
      const flag = locationFlag(at, venueOf(shift), this.config.FAR_FROM_VENUE_METRES);
      const far = (existing?.farFromVenue ?? false) || (flag?.farFromVenue ?? false);
      if (purpose === 'check_in') {
        if (existing?.checkedInAt) return { attendance: existing, changed: false };
        refuse(checkInRefusal(now, shift, this.windowSettings()));
        const saved = await this.attendance.upsert(tx, existing, {
          shiftId,
          volunteerId,
          signupId: signup!.id,
          status: 'attended',
          checkedInAt: now,
          checkInMethod: 'qr',
          checkInDistanceMetres: flag?.distanceMetres ?? null,
          farFromVenue: far,
          recordedBy: principal.accountId,
        });
        await this.record(tx, 'attendance.checked_in', saved, { far, distance: flag?.distanceMetres });
        return { attendance: saved, changed: true };
      }
      if (!existing?.checkedInAt) {
        throw new AttendanceError(
          'ATTENDANCE_NOT_CHECKED_IN',
          'Check in first: there is no check-in for you on this shift.',
        );
      }
      if (existing.checkedOutAt) return { attendance: existing, changed: false };
      refuse(checkOutRefusal(now, existing.checkedInAt, shift, this.windowSettings()));
      const saved = await this.attendance.upsert(tx, existing, {
        checkedOutAt: now,
        checkOutMethod: 'qr',
        checkOutDistanceMetres: flag?.distanceMetres ?? null,
        farFromVenue: far,
        missingCheckOutAt: null,
        recordedBy: principal.accountId,
      });
      await this.record(tx, 'attendance.checked_out', saved, { far, distance: flag?.distanceMetres });
      await this.hooks.checkedOut(tx, saved, principal.accountId);
      return { attendance: saved, changed: true };
    });
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
    return this.shiftService.withManagedShift(principal, shiftId, async (tx) => {
      await this.volunteers.lockForUpdate(tx, input.volunteerId);
      const signup = await this.signups.find(shiftId, input.volunteerId, tx);
      if (signup?.status !== 'confirmed') throw notConfirmed();
      const existing = await this.attendance.find(tx, shiftId, input.volunteerId);
      const checksOutNow = checkedOutAt !== null && !existing?.checkedOutAt;
      const saved = await this.attendance.upsert(tx, existing, {
        shiftId,
        volunteerId: input.volunteerId,
        signupId: signup.id,
        status: 'attended',
        checkedInAt,
        checkInMethod: 'manual',
        ...(checkedOutAt ? { checkedOutAt, checkOutMethod: 'manual' as const, missingCheckOutAt: null } : {}),
        recordedBy: principal.accountId,
        reason: input.reason,
      });
      await this.record(tx, 'attendance.recorded', saved, { reason: input.reason });
      if (checksOutNow) await this.hooks.checkedOut(tx, saved, principal.accountId);
      return saved;
    });
  }

  async noShow(
    principal: Principal,
    shiftId: string,
    volunteerId: string,
    input: NoShowDto,
  ): Promise<Attendance> {
    return this.shiftService.withManagedShift(principal, shiftId, async (tx) => {
      const signup = await this.signups.find(shiftId, volunteerId, tx);
      if (signup?.status !== 'confirmed') throw notConfirmed();
      const existing = await this.attendance.find(tx, shiftId, volunteerId);
      if (existing?.checkedInAt) {
        throw new AttendanceError(
          'ATTENDANCE_ALREADY_CHECKED_IN',
          'This volunteer checked in; correct the attendance instead of marking a no-show.',
        );
      }
      const saved = await this.attendance.upsert(tx, existing, {
        shiftId,
        volunteerId,
        signupId: signup.id,
        status: 'no_show',
        recordedBy: principal.accountId,
        reason: input.reason ?? null,
      });
      await this.record(tx, 'attendance.no_show', saved, { reason: input.reason });
      return saved;
    });
  }

  /** The shift's attendance, for those who manage it. */
  async ofShift(principal: Principal, shiftId: string): Promise<Attendance[]> {
    await this.shiftService.withManagedShift(principal, shiftId, () => Promise.resolve());
    return this.attendance.ofShift(shiftId);
  }

  sweepMissingCheckOuts(now = new Date()): Promise<number> {
    return this.attendance.flagMissingCheckOuts(now);
  }

  private windowSettings(): AttendanceWindowSettings {
    return {
      checkInOpensMinutes: this.config.VOLUNTEERS_CHECK_IN_OPENS_MINUTES,
      checkOutClosesMinutes: this.config.VOLUNTEERS_CHECK_OUT_CLOSES_MINUTES,
    };
  }

  private async confirmedShift(tx: Tx, shiftId: string, volunteerId: string): Promise<Shift> {
    const signup = await this.signups.find(shiftId, volunteerId, tx);
    if (signup?.status !== 'confirmed') throw notConfirmed();
    const shift = await this.shifts.current(tx, shiftId);
    assertActive(shift);
    return shift;
  }

  private record(tx: Tx, action: string, a: Attendance, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(
      {
        action,
        recordType: 'attendance',
        recordId: a.id,
        outcome: 'allowed',
        details: { shiftId: a.shiftId, volunteerId: a.volunteerId, ...details },
      },
      tx,
    );
  }
}

function assertActive(shift: Shift): void {
  if (shift.status === 'cancelled') {
    throw new AttendanceError('ATTENDANCE_SHIFT_NOT_ACTIVE', 'This shift was cancelled.', {
      status: shift.status,
    });
  }
}

function refuse(refusal: AttendanceError | null): void {
  if (refusal) throw refusal;
}

function venueOf(shift: Shift): { lat: number; lng: number } | null {
  return shift.latitude !== null && shift.longitude !== null
    ? { lat: shift.latitude, lng: shift.longitude }
    : null;
}

function invalidCode(): AttendanceError {
  return new AttendanceError(
    'CHECK_IN_CODE_INVALID',
    'This is not a valid check-in code; scan the code on the leader’s screen.',
  );
}

function notConfirmed(): AttendanceError {
  return new AttendanceError(
    'ATTENDANCE_NOT_CONFIRMED',
    'Only volunteers with a confirmed sign-up for this shift can check in.',
  );
}
