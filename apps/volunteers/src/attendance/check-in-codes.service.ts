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

  /** The shift and purpose a scanned code names, once its signature and window are checked. */
  async verify(code: string, now: Date): Promise<{ shiftId: string; purpose: CheckInPurpose }> {
    const claimed = claimedByCode(code);
    if (!claimed) throw invalidCode();
    const verdict = verifyCheckInCode(await this.secret.get(), code, claimed.shiftId, claimed.purpose, now, {
      periodSeconds: this.config.CHECK_IN_CODE_PERIOD_SECONDS,
    });
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
    return claimed;
  }
}

function invalidCode(): AttendanceError {
  return new AttendanceError(
    'CHECK_IN_CODE_INVALID',
    'This is not a valid check-in code; scan the code on the leader’s screen.',
  );
}
