import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { VolunteersConfig } from '../volunteers.config';
import type { VolunteerProfile } from '../volunteers/volunteer-profile';
import { VolunteerError } from '../volunteers/volunteer.error';
import { ownVolunteerId, VolunteerService } from '../volunteers/volunteer.service';
import { AttendanceError } from './attendance.error';
import { QrSecret } from './qr-secret';
import { verifyVolunteerCardCode, volunteerCardCodes, type CardCode } from './volunteer-card-code';

export interface VolunteerCard {
  profile: VolunteerProfile;
  codes: CardCode[];
  periodSeconds: number;
}

/**
 * The electronic volunteer card (电子志愿者证): its rotating codes, for the volunteer's own phone, and
 * reading a scanned one for the leader. The codes are signed like the shift's check-in codes, with
 * their own purpose, so neither passes as the other.
 */
@Injectable()
export class VolunteerCards {
  constructor(
    private readonly volunteers: VolunteerService,
    private readonly access: VolunteersAccess,
    private readonly secret: QrSecret,
    private readonly config: VolunteersConfig,
  ) {}

  /** The caller's card: who they are and the codes for now and the next VOLUNTEER_CARD_OFFLINE_MINUTES. */
  async own(principal: Principal, now = new Date()): Promise<VolunteerCard> {
    const volunteerId = ownVolunteerId(principal);
    if (!(await this.access.can(principal, 'card.show', { ownerId: volunteerId }))) {
      throw new VolunteerError('VOLUNTEER_NOT_FOUND', 'This account has no volunteer card.');
    }
    const profile = await this.volunteers.own(principal);
    const period = this.config.CHECK_IN_CODE_PERIOD_SECONDS;
    const codes = volunteerCardCodes(
      await this.secret.get(),
      profile.volunteer.id,
      now,
      this.config.VOLUNTEER_CARD_OFFLINE_MINUTES * 60,
      period,
    );
    return { profile, codes, periodSeconds: period };
  }

  /**
   * Whose card a scanned code is and when it was shown. A scan kept on the leader's phone while offline
   * (`sentLaterWithin` minutes) is taken that much past its window, like a volunteer's offline scan.
   */
  async read(
    code: string,
    now: Date,
    sentLaterWithin?: number,
  ): Promise<{ volunteerId: string; shownFrom: Date; shownUntil: Date }> {
    const period = this.config.CHECK_IN_CODE_PERIOD_SECONDS;
    const grace = sentLaterWithin === undefined ? 1 : Math.ceil((sentLaterWithin * 60) / period);
    const verdict = verifyVolunteerCardCode(await this.secret.get(), code, now, {
      periodSeconds: period,
      acceptPreviousWindows: grace,
    });
    if (verdict.ok) {
      const shownFrom = new Date(verdict.window * period * 1000);
      return {
        volunteerId: verdict.volunteerId,
        shownFrom,
        shownUntil: new Date(shownFrom.getTime() + 2 * period * 1000),
      };
    }
    switch (verdict.reason) {
      case 'expired':
      case 'not_yet_valid':
        if (verdict.reason === 'expired' && sentLaterWithin !== undefined) {
          throw new AttendanceError(
            'SCAN_TOO_OLD',
            `This scan was made more than ${sentLaterWithin} minutes ago; record the attendance by hand.`,
            { maxAgeMinutes: sentLaterWithin },
          );
        }
        throw new AttendanceError(
          'VOLUNTEER_CARD_EXPIRED',
          'This card code has expired; ask the volunteer to show their card again.',
          { reason: verdict.reason },
        );
      case 'wrong_purpose':
        throw new AttendanceError(
          'VOLUNTEER_CARD_WRONG_PURPOSE',
          'This is a shift’s check-in code, not a volunteer card: scan the QR on the volunteer’s card.',
        );
      case 'malformed':
      case 'bad_signature':
        throw new AttendanceError(
          'VOLUNTEER_CARD_INVALID',
          'This is not a volunteer card code; ask the volunteer to open their card again.',
        );
    }
  }
}
