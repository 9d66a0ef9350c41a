import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Rotating check-in codes for the QR shown on a leader's screen. A code names its shift, purpose and
 * time window and carries an HMAC over them, so the server can check it without storing codes; a
 * photo of the screen passed round stops working once its window is past.
 *
 * Format: `c1.<i|o|v>.<window in base 36>.<shift or volunteer id>.<mac>` where mac is the first 128 bits of
 * HMAC-SHA256, base64url (22 characters). 128 bits is the truncation RFC 2104 allows (at least half the
 * hash) and keeps the QR small enough to scan from a phone held at arm's length.
 */

export type CheckInPurpose = 'check_in' | 'check_out';

/**
 * Every purpose a signed code may have. The purpose is inside the MAC, so a code made for one purpose
 * never passes as another: a volunteer's card code is not a shift code, and the reverse.
 */
export type SignedCodePurpose = CheckInPurpose | 'volunteer_card';

export type CheckInCodeRejection =
  'malformed' | 'bad_signature' | 'wrong_shift' | 'wrong_purpose' | 'expired' | 'not_yet_valid';

export type CheckInCodeVerdict = { ok: true; window: number } | { ok: false; reason: CheckInCodeRejection };

export interface VerifyCheckInCodeOptions {
  /** How many windows before the current one still count: a code scanned just as it rotated is fine. */
  acceptPreviousWindows?: number;
  periodSeconds?: number;
  /** Replicas' clocks may differ a little: a code from a window starting this soon is accepted. */
  clockSkewSeconds?: number;
}

export const DEFAULT_CHECK_IN_PERIOD_SECONDS = 30;

const VERSION = 'c1';
const MAC_BYTES = 16;
const MAC_LENGTH = 22; // base64url of 16 bytes, no padding
const PURPOSE_CODES: Record<SignedCodePurpose, string> = {
  check_in: 'i',
  check_out: 'o',
  volunteer_card: 'v',
};
const PURPOSES_BY_CODE: Record<string, SignedCodePurpose> = {
  i: 'check_in',
  o: 'check_out',
  v: 'volunteer_card',
};
/** UUIDs and numeric ids fit; no separator can hide inside one. */
const SUBJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const CODE = /^c1\.([a-z])\.([0-9a-z]{1,11})\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]+)$/;

/** The time window an instant falls in. */
export function checkInWindow(now: Date, periodSeconds = DEFAULT_CHECK_IN_PERIOD_SECONDS): number {
  assertPeriod(periodSeconds);
  return Math.floor(now.getTime() / (periodSeconds * 1000));
}

/** When the code issued at `now` rotates: the leader's screen fetches the next one then. */
export function checkInCodeRotatesAt(now: Date, periodSeconds = DEFAULT_CHECK_IN_PERIOD_SECONDS): Date {
  return new Date((checkInWindow(now, periodSeconds) + 1) * periodSeconds * 1000);
}

export function issueCheckInCode(
  secret: Buffer | string,
  shiftId: string,
  purpose: CheckInPurpose,
  now: Date,
  periodSeconds = DEFAULT_CHECK_IN_PERIOD_SECONDS,
): string {
  return issueSignedCode(secret, shiftId, purpose, now, periodSeconds);
}

export function verifyCheckInCode(
  secret: Buffer | string,
  code: string,
  shiftId: string,
  purpose: CheckInPurpose,
  now: Date,
  options: VerifyCheckInCodeOptions = {},
): CheckInCodeVerdict {
  const read = readSignedCode(secret, code, now, options);
  if (!read.ok) return read;
  // Only a genuine code gets the specific reasons, so a forger learns nothing from them.
  if (read.subjectId !== shiftId) return { ok: false, reason: 'wrong_shift' };
  if (read.purpose !== purpose) return { ok: false, reason: 'wrong_purpose' };
  return read.timing;
}

/**
 * A signed code for any purpose and subject (a shift, a volunteer): the one signer behind the shift's
 * check-in QR and the volunteer's card.
 */
export function issueSignedCode(
  secret: Buffer | string,
  subjectId: string,
  purpose: SignedCodePurpose,
  now: Date,
  periodSeconds = DEFAULT_CHECK_IN_PERIOD_SECONDS,
): string {
  assertSecret(secret);
  if (!SUBJECT_ID.test(subjectId)) {
    throw new RangeError(`An id in a signed code must match ${String(SUBJECT_ID)}; got "${subjectId}"`);
  }
  const window = checkInWindow(now, periodSeconds);
  const mac = sign(secret, subjectId, purpose, window).toString('base64url');
  return [VERSION, PURPOSE_CODES[purpose], window.toString(36), subjectId, mac].join('.');
}

export type WindowVerdict = { ok: true; window: number } | { ok: false; reason: 'expired' | 'not_yet_valid' };

export type SignedCodeReading =
  | {
      ok: true;
      subjectId: string;
      purpose: SignedCodePurpose;
      /** Whether its window is still accepted now. */
      timing: WindowVerdict;
    }
  | { ok: false; reason: 'malformed' | 'bad_signature' };

/**
 * Checks a code's signature and says what it names and whether its window still counts; the caller
 * checks the subject and purpose it expects (a genuine code of another purpose is refused by name).
 */
export function readSignedCode(
  secret: Buffer | string,
  code: string,
  now: Date,
  options: VerifyCheckInCodeOptions = {},
): SignedCodeReading {
  assertSecret(secret);
  const {
    acceptPreviousWindows = 1,
    periodSeconds = DEFAULT_CHECK_IN_PERIOD_SECONDS,
    clockSkewSeconds = 5,
  } = options;
  if (!Number.isInteger(acceptPreviousWindows) || acceptPreviousWindows < 0) {
    throw new RangeError('acceptPreviousWindows must be a whole number, 0 or more');
  }
  if (!Number.isFinite(clockSkewSeconds) || clockSkewSeconds < 0) {
    throw new RangeError('clockSkewSeconds must be 0 or more');
  }

  const match = CODE.exec(code.trim());
  const codePurpose = match ? PURPOSES_BY_CODE[match[1]] : undefined;
  const window = match ? parseInt(match[2], 36) : NaN;
  if (!match || !codePurpose || !Number.isSafeInteger(window) || match[4].length !== MAC_LENGTH) {
    return { ok: false, reason: 'malformed' };
  }
  const subjectId = match[3];
  const given = Buffer.from(match[4], 'base64url');
  const expected = sign(secret, subjectId, codePurpose, window);
  // Lengths are public (fixed by the format); only the bytes need a constant-time comparison.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad_signature' };
  }
  const current = checkInWindow(now, periodSeconds);
  const latest = checkInWindow(new Date(now.getTime() + clockSkewSeconds * 1000), periodSeconds);
  const timing: WindowVerdict =
    window < current - acceptPreviousWindows
      ? { ok: false, reason: 'expired' }
      : window > latest
        ? { ok: false, reason: 'not_yet_valid' }
        : { ok: true, window };
  return { ok: true, subjectId, purpose: codePurpose, timing };
}

function sign(
  secret: Buffer | string,
  subjectId: string,
  purpose: SignedCodePurpose,
  window: number,
): Buffer {
  return createHmac('sha256', secret)
    .update(`${VERSION}|${subjectId}|${purpose}|${window}`)
    .digest()
    .subarray(0, MAC_BYTES);
}

/** A short, typed-in secret could be brute-forced offline from one photographed code. */
export const MIN_CHECK_IN_SECRET_BYTES = 16;

function assertSecret(secret: Buffer | string): void {
  const bytes = typeof secret === 'string' ? Buffer.byteLength(secret) : secret.length;
  if (bytes < MIN_CHECK_IN_SECRET_BYTES) {
    throw new RangeError(`The check-in code secret must be at least ${MIN_CHECK_IN_SECRET_BYTES} bytes`);
  }
}

function assertPeriod(periodSeconds: number): void {
  if (!Number.isInteger(periodSeconds) || periodSeconds <= 0) {
    throw new RangeError(`periodSeconds must be a positive whole number; got ${periodSeconds}`);
  }
}
