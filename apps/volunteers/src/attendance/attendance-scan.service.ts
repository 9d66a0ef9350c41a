import type { Principal } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { ShiftData } from '../shifts/shift-data';
import { ShiftSeats } from '../shifts/shift-seats';
import { SignupQueries } from '../signups/signup-queries.service';
import { VolunteersConfig } from '../volunteers.config';
import { ownVolunteerId, VolunteerService } from '../volunteers/volunteer.service';
import type { ScanDto } from './attendance.dto';
import type { Attendance } from './attendance.entity';
import { AttendanceError } from './attendance.error';
import { AttendanceRecords } from './attendance-records';
import { assertActive, notConfirmed, refuse } from './attendance-rules';
import { checkInRefusal, checkOutRefusal, type AttendanceWindowSettings } from './attendance-window.rule';
import { CheckInCodes } from './check-in-codes.service';
import { clamp, min, refuseFuture, venueOf } from './scan-time';
import { locationFlag } from './venue-distance';

export interface AttendanceResult {
  attendance: Attendance;
  /** False when the scan repeated one already recorded. */
  changed: boolean;
}

/**
 * A volunteer's QR scan: check-in or check-out. A scan runs in one transaction holding the volunteer's
 * row lock (the same first lock as a sign-up), so two scans of one volunteer cannot both record; a
 * repeated scan answers what is there. A check-out hands the attendance to hours in the same transaction.
 */
@Injectable()
export class AttendanceScan {
  constructor(
    private readonly records: AttendanceRecords,
    private readonly codes: CheckInCodes,
    private readonly signups: SignupQueries,
    private readonly shifts: ShiftSeats,
    private readonly volunteers: VolunteerService,
    private readonly config: VolunteersConfig,
  ) {}

  /**
   * A scan kept on a phone without network arrives later with the time it was made (`scannedAt`): its
   * code is taken up to OFFLINE_SCAN_MAX_MINUTES past its window (no later, so an old photo of a code
   * cannot be replayed), and the attendance is recorded as of the scan — the phone's time, kept within
   * the time the code was on the leader's screen, so a phone's wrong clock moves it by seconds at most.
   * A scan without `scannedAt` happened now.
   */
  async scan(principal: Principal, input: ScanDto, received = new Date()): Promise<AttendanceResult> {
    const volunteerId = ownVolunteerId(principal);
    const delayed = input.scannedAt !== undefined;
    if (delayed) refuseFuture(input.scannedAt!, received);
    const code = await this.codes.verify(
      input.code,
      received,
      delayed ? this.config.OFFLINE_SCAN_MAX_MINUTES : undefined,
    );
    const { shiftId, purpose } = code;
    const now = delayed
      ? clamp(new Date(input.scannedAt!), code.shownFrom, min(code.shownUntil, received))
      : received;
    const at = input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : null;
    return this.volunteers.withLocked(volunteerId, async (tx) => {
      const shift = await this.confirmedShift(tx, shiftId, volunteerId);
      const signup = await this.signups.find(tx, shiftId, volunteerId);
      const existing = await this.records.find(tx, shiftId, volunteerId);
      const flag = locationFlag(at, venueOf(shift), this.config.FAR_FROM_VENUE_METRES);
      const far = (existing?.farFromVenue ?? false) || (flag?.farFromVenue ?? false);
      if (purpose === 'check_in') {
        if (existing?.checkedInAt) return { attendance: existing, changed: false };
        refuse(checkInRefusal(now, shift, this.windowSettings()));
        const saved = await this.records.put(
          tx,
          existing,
          {
            shiftId,
            volunteerId,
            signupId: signup!.id,
            status: 'attended',
            checkedInAt: now,
            checkInMethod: 'qr',
            checkInDistanceMetres: flag?.distanceMetres ?? null,
            farFromVenue: far,
            recordedBy: principal.accountId,
          },
          {
            action: 'attendance.checked_in',
            details: { far, distance: flag?.distanceMetres, ...(delayed ? { sentAt: received } : {}) },
          },
        );
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
      const saved = await this.records.put(
        tx,
        existing,
        {
          checkedOutAt: now,
          checkOutMethod: 'qr',
          checkOutDistanceMetres: flag?.distanceMetres ?? null,
          farFromVenue: far,
          missingCheckOutAt: null,
          recordedBy: principal.accountId,
        },
        {
          action: 'attendance.checked_out',
          details: { far, distance: flag?.distanceMetres, ...(delayed ? { sentAt: received } : {}) },
          checkedOutBy: principal.accountId,
        },
      );
      return { attendance: saved, changed: true };
    });
  }

  private windowSettings(): AttendanceWindowSettings {
    return {
      checkInOpensMinutes: this.config.VOLUNTEERS_CHECK_IN_OPENS_MINUTES,
      checkOutClosesMinutes: this.config.VOLUNTEERS_CHECK_OUT_CLOSES_MINUTES,
    };
  }

  private async confirmedShift(tx: Tx, shiftId: string, volunteerId: string): Promise<ShiftData> {
    const signup = await this.signups.find(tx, shiftId, volunteerId);
    if (signup?.status !== 'confirmed') throw notConfirmed();
    const shift = await this.shifts.current(tx, shiftId);
    assertActive(shift);
    return shift;
  }
}
