import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { ShiftService } from '../shifts/shift.service';
import { VolunteersConfig } from '../volunteers.config';
import { AttendanceError } from './attendance.error';
import { AttendanceRepository } from './attendance.repository';
import { assertActive } from './attendance-rules';
import { claimedByCode } from './check-in-code.parse';
import { checkInCodeRotatesAt, issueCheckInCode, verifyCheckInCode, type CheckInPurpose } from './qr-code';
import { QrSecret } from './qr-secret';

/**
 * The rotating check-in codes: issued to those who manage a shift (for the leader's screen) and checked
 * when a volunteer scans one. Both sides use the service's secret and the configured period.
 */
@Injectable()
export class CheckInCodes {
  constructor(
    private readonly shifts: ShiftService,
    private readonly attendance: AttendanceRepository,
    private readonly secret: QrSecret,
    private readonly config: VolunteersConfig,
  ) {}

  /** The code for the leader's screen; fetching it marks a volunteer-leader as running the shift. */
  async issue(
    principal: Principal,
    shiftId: string,
    purpose: CheckInPurpose,
    now = new Date(),
  ): Promise<{ code: string; rotatesAt: Date }> {
    const period = this.config.CHECK_IN_CODE_PERIOD_SECONDS;
    await this.shifts.withManagedShift(principal, shiftId, async (tx, shift) => {
      assertActive(shift);
      if (principal.volunteerId) await this.attendance.recordLead(tx, shiftId, principal.volunteerId);
    });
    return {
      code: issueCheckInCode(await this.secret.get(), shiftId, purpose, now, period),
      rotatesAt: checkInCodeRotatesAt(now, period),
    };
  }

  /**
   * The shift and purpose a scanned code names, once its signature and window are checked, and when it
   * was on the leader's screen (the server's clock). A code scanned offline and sent later
   * (`sentLaterWithin` minutes) is taken that much past its window; later than that is SCAN_TOO_OLD.
   */
  async verify(
    code: string,
    now: Date,
    sentLaterWithin?: number,
  ): Promise<{ shiftId: string; purpose: CheckInPurpose; shownFrom: Date; shownUntil: Date }> {
    const claimed = claimedByCode(code);
    if (!claimed) throw invalidCode();
    const period = this.config.CHECK_IN_CODE_PERIOD_SECONDS;
    const grace = sentLaterWithin === undefined ? 1 : Math.ceil((sentLaterWithin * 60) / period);
    const verdict = verifyCheckInCode(await this.secret.get(), code, claimed.shiftId, claimed.purpose, now, {
      periodSeconds: period,
      acceptPreviousWindows: grace,
    });
    if (verdict.ok) {
      // Scannable in its own window and the next (a code caught just as it rotated).
      const shownFrom = new Date(verdict.window * period * 1000);
      return { ...claimed, shownFrom, shownUntil: new Date(shownFrom.getTime() + 2 * period * 1000) };
    }
    if (verdict.reason === 'expired' && sentLaterWithin !== undefined) {
      throw new AttendanceError(
        'SCAN_TOO_OLD',
        `This scan was made more than ${sentLaterWithin} minutes ago; ask the leader to record the attendance by hand.`,
        { maxAgeMinutes: sentLaterWithin },
      );
    }
    if (verdict.reason === 'expired' || verdict.reason === 'not_yet_valid') {
      throw new AttendanceError(
        'CHECK_IN_CODE_EXPIRED',
        'This check-in code has expired; scan the code on the leader’s screen again.',
        { reason: verdict.reason },
      );
    }
    throw invalidCode();
  }
}

function invalidCode(): AttendanceError {
  return new AttendanceError(
    'CHECK_IN_CODE_INVALID',
    'This is not a valid check-in code; scan the code on the leader’s screen.',
  );
}
