import {
  checkInCodeRotatesAt,
  checkInWindow,
  DEFAULT_CHECK_IN_PERIOD_SECONDS,
  issueSignedCode,
  readSignedCode,
  type VerifyCheckInCodeOptions,
} from './qr-code';

/**
 * The QR on a volunteer's electronic card (电子志愿者证): signed by the same signer as the shift's
 * check-in code, with the purpose `volunteer_card` and the volunteer's id as its subject, rotating in
 * the same windows. A leader scans it to check the volunteer in or out, for a phone that cannot scan.
 */

export type CardCodeRejection = 'malformed' | 'bad_signature' | 'wrong_purpose' | 'expired' | 'not_yet_valid';

export type CardCodeVerdict =
  { ok: true; volunteerId: string; window: number } | { ok: false; reason: CardCodeRejection };

export interface CardCode {
  code: string;
  /** The window the code is shown in: from `validFrom` until `rotatesAt`. */
  validFrom: Date;
  rotatesAt: Date;
}

export function issueVolunteerCardCode(
  secret: Buffer | string,
  volunteerId: string,
  now: Date,
  periodSeconds = DEFAULT_CHECK_IN_PERIOD_SECONDS,
): string {
  return issueSignedCode(secret, volunteerId, 'volunteer_card', now, periodSeconds);
}

/**
 * The codes of the current window and the ones after it, up to `aheadSeconds`: a card opened with
 * network keeps showing a valid code for that long without it (the phone picks by its clock). Each is
 * still accepted only in its own window and the next.
 */
export function volunteerCardCodes(
  secret: Buffer | string,
  volunteerId: string,
  now: Date,
  aheadSeconds: number,
  periodSeconds = DEFAULT_CHECK_IN_PERIOD_SECONDS,
): CardCode[] {
  const first = checkInWindow(now, periodSeconds);
  const count = 1 + Math.max(0, Math.floor(aheadSeconds / periodSeconds));
  return Array.from({ length: count }, (_, i) => {
    const validFrom = new Date((first + i) * periodSeconds * 1000);
    return {
      code: issueVolunteerCardCode(secret, volunteerId, validFrom, periodSeconds),
      validFrom,
      rotatesAt: checkInCodeRotatesAt(validFrom, periodSeconds),
    };
  });
}

/** Whose card a scanned code is, once its signature, purpose and window are checked. */
export function verifyVolunteerCardCode(
  secret: Buffer | string,
  code: string,
  now: Date,
  options: VerifyCheckInCodeOptions = {},
): CardCodeVerdict {
  const read = readSignedCode(secret, code, now, options);
  if (!read.ok) return read;
  // A shift's check-in code is genuine but not a card: said by name, so the leader knows what they scanned.
  if (read.purpose !== 'volunteer_card') return { ok: false, reason: 'wrong_purpose' };
  if (!read.timing.ok) return read.timing;
  return { ok: true, volunteerId: read.subjectId, window: read.timing.window };
}
