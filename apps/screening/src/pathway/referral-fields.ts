import { BlindIndex, FieldCipher } from '@linkage/crypto';
import { Injectable } from '@nestjs/common';
import { pseudonymOf } from './pseudonym';

/**
 * A referral's sensitive fields, encrypted like a result's (`referral:<id>:score`, `…:advice`): the
 * stage-2 score it was made for and the hospital's advice. The diagnosis category stays plain: it is a
 * code the lists and counts show.
 */
@Injectable()
export class ReferralFields {
  constructor(
    private readonly cipher: FieldCipher,
    private readonly index: BlindIndex,
  ) {}

  sealScore(referralId: string, score: number): string {
    return this.cipher.encrypt(String(score), context(referralId, 'score'));
  }

  openScore(referralId: string, sealed: string): number {
    return Number(this.cipher.decrypt(sealed, context(referralId, 'score')));
  }

  sealAdvice(referralId: string, advice: string | null): string | null {
    return advice === null ? null : this.cipher.encrypt(advice, context(referralId, 'advice'));
  }

  openAdvice(referralId: string, sealed: string | null): string | null {
    return sealed === null ? null : this.cipher.decrypt(sealed, context(referralId, 'advice'));
  }

  pseudonym(residentId: string): string {
    return pseudonymOf(this.index, residentId);
  }
}

const context = (referralId: string, field: string): string => `referral:${referralId}:${field}`;
