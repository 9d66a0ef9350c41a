import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { ShiftService } from '../shifts/shift.service';
import { SignupWalkIns } from '../signups/signup-walk-ins';
import { VolunteersConfig } from '../volunteers.config';
import { VolunteerService } from '../volunteers/volunteer.service';
import type { CardScanDto } from './attendance.dto';
import type { Attendance } from './attendance.entity';
import { AttendanceError } from './attendance.error';
import { AttendanceRecords } from './attendance-records';
import { assertActive, refuse } from './attendance-rules';
import { checkInRefusal, checkOutRefusal, type AttendanceWindowSettings } from './attendance-window.rule';
import { clamp, min, refuseFuture, venueOf } from './scan-time';
import { locationFlag } from './venue-distance';
import { VolunteerCards } from './volunteer-cards.service';

/** How long after a card was shown the leader may confirm its volunteer as a walk-in. */
export const WALK_IN_CONFIRM_MINUTES = 10;

export interface CardScanResult {
  attendance: Attendance;
  volunteer: { id: string; name: string };
  /** False when the scan repeated one already recorded. */
  changed: boolean;
  /** True when the scan added them to the shift at the door. */
  walkedIn: boolean;
}

/**
 * A leader or coordinator scans a volunteer's card to check them in or out of a shift they manage:
 * the same windows as the volunteer's own scan, the far-from-venue flag from where the scanning phone
 * is, and a scan kept offline may be sent later with its time. Someone without a confirmed place is
 * refused by name (CARD_VOLUNTEER_NOT_SIGNED_UP), so the leader can add them as a walk-in with a reason.
 * One transaction: the shift's row lock, then the volunteer's; a walk-in refused half-way leaves nothing.
 */
@Injectable()
export class CardScan {
  constructor(
    private readonly cards: VolunteerCards,
    private readonly shifts: ShiftService,
    private readonly volunteers: VolunteerService,
    private readonly walkIns: SignupWalkIns,
    private readonly records: AttendanceRecords,
    private readonly config: VolunteersConfig,
  ) {}

  async scan(
    principal: Principal,
    shiftId: string,
    input: CardScanDto,
    received = new Date(),
  ): Promise<CardScanResult> {
    const delayed = input.scannedAt !== undefined;
    if (delayed) refuseFuture(input.scannedAt!, received);
    // A walk-in repeats the scan refused a moment ago, once the leader has written the reason: its
    // genuine code is taken for WALK_IN_CONFIRM_MINUTES, so writing the reason does not need a rescan.
    const card = await this.cards.read(
      input.code,
      received,
      delayed ? this.config.OFFLINE_SCAN_MAX_MINUTES : input.walkIn ? WALK_IN_CONFIRM_MINUTES : undefined,
    );
    const now = delayed
      ? clamp(new Date(input.scannedAt!), card.shownFrom, min(card.shownUntil, received))
      : received;
    const at = input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : null;
    const via = { via: 'card', scannedBy: principal.accountId, ...(delayed ? { sentAt: received } : {}) };

    return this.shifts.withManagedShift(principal, shiftId, async (tx, shift) => {
      assertActive(shift);
      const volunteer = await this.volunteers.lockForUpdate(tx, card.volunteerId);
      if (!volunteer) {
        throw new AttendanceError('VOLUNTEER_CARD_INVALID', 'This card belongs to no volunteer here.');
      }
      const who = { id: volunteer.id, name: volunteer.name };
      let walkedIn = false;
      if (!(await this.walkIns.confirmed(tx, shiftId, volunteer.id))) {
        if (!input.walkIn || input.purpose === 'check_out') {
          throw new AttendanceError(
            'CARD_VOLUNTEER_NOT_SIGNED_UP',
            `${volunteer.name} has no confirmed place on this shift; add them as a walk-in with a reason, if a place is free.`,
            {
              volunteerId: volunteer.id,
              volunteerName: volunteer.name,
              placesLeft: Math.max(0, shift.capacity - shift.seatsTaken),
            },
          );
        }
        // The window first: a walk-in outside it would be a sign-up nobody can check in.
        refuse(checkInRefusal(now, shift, this.windowSettings()));
        await this.walkIns.admit(
          tx,
          shift,
          volunteer,
          { by: principal.accountId, reason: input.walkIn.reason },
          now,
        );
        walkedIn = true;
      }
      const signup = (await this.walkIns.confirmed(tx, shiftId, volunteer.id))!;
      const existing = await this.records.find(tx, shiftId, volunteer.id);
      const flag = locationFlag(at, venueOf(shift), this.config.FAR_FROM_VENUE_METRES);
      const far = (existing?.farFromVenue ?? false) || (flag?.farFromVenue ?? false);
      const details = { ...via, far, distance: flag?.distanceMetres, walkedIn };

      if (input.purpose === 'check_in') {
        if (existing?.checkedInAt) return { attendance: existing, volunteer: who, changed: false, walkedIn };
        refuse(checkInRefusal(now, shift, this.windowSettings()));
        const attendance = await this.records.put(
          tx,
          existing,
          {
            shiftId,
            volunteerId: volunteer.id,
            signupId: signup.id,
            status: 'attended',
            checkedInAt: now,
            checkInMethod: 'card',
            checkInDistanceMetres: flag?.distanceMetres ?? null,
            farFromVenue: far,
            recordedBy: principal.accountId,
          },
          { action: 'attendance.checked_in', details },
        );
        return { attendance, volunteer: who, changed: true, walkedIn };
      }
      if (!existing?.checkedInAt) {
        throw new AttendanceError(
          'ATTENDANCE_NOT_CHECKED_IN',
          `${volunteer.name} has not checked in on this shift: check them in first.`,
        );
      }
      if (existing.checkedOutAt) return { attendance: existing, volunteer: who, changed: false, walkedIn };
      refuse(checkOutRefusal(now, existing.checkedInAt, shift, this.windowSettings()));
      const attendance = await this.records.put(
        tx,
        existing,
        {
          checkedOutAt: now,
          checkOutMethod: 'card',
          checkOutDistanceMetres: flag?.distanceMetres ?? null,
          farFromVenue: far,
          missingCheckOutAt: null,
          recordedBy: principal.accountId,
        },
        { action: 'attendance.checked_out', details, checkedOutBy: principal.accountId },
      );
      return { attendance, volunteer: who, changed: true, walkedIn };
    });
  }

  private windowSettings(): AttendanceWindowSettings {
    return {
      checkInOpensMinutes: this.config.VOLUNTEERS_CHECK_IN_OPENS_MINUTES,
      checkOutClosesMinutes: this.config.VOLUNTEERS_CHECK_OUT_CLOSES_MINUTES,
    };
  }
}
