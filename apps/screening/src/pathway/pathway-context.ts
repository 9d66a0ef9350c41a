import { FieldCipher } from '@linkage/crypto';
import { Injectable } from '@nestjs/common';
import { ScreeningAccess } from '../access/screening.access';
import { ScreeningConfig } from '../screening.config';
import { PathwayClock } from './pathway-clock';
import type { Moment } from './pathway-views';
import { ReferralFields } from './referral-fields';

/** What the pathway's views are made with: the clock, the referral wait, the ciphers, access. */
@Injectable()
export class PathwayViews {
  constructor(
    readonly access: ScreeningAccess,
    readonly fields: ReferralFields,
    private readonly cipher: FieldCipher,
    private readonly clock: PathwayClock,
    private readonly config: ScreeningConfig,
  ) {}

  moment(): Moment {
    return {
      now: this.clock.now(),
      today: this.clock.today(),
      referralDays: this.config.REFERRAL_OUTCOME_DAYS,
    };
  }

  sealNote(followUpId: string, note: string | null): string | null {
    return note === null ? null : this.cipher.encrypt(note, `follow_up:${followUpId}:note`);
  }

  openNote(followUpId: string, sealed: string | null): string | null {
    return sealed === null ? null : this.cipher.decrypt(sealed, `follow_up:${followUpId}:note`);
  }
}
