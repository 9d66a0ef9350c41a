import {
  checkInCodeRotatesAt,
  checkInWindow,
  issueCheckInCode,
  verifyCheckInCode,
  type CheckInCodeRejection,
  type CheckInCodeVerdict,
  type CheckInPurpose,
} from './qr-code';

const secret = Buffer.from('0123456789abcdef0123456789abcdef');
const shiftId = '0190f5d2-7b1c-7cc3-9a52-3f1d2e4b5a60';
const otherShiftId = '0190f5d2-7b1c-7cc3-9a52-3f1d2e4b5a61';
/** 2026-09-08T10:00:00Z, a multiple of 30 s: the start of a window. */
const t0 = new Date('2026-09-08T10:00:00.000Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('issueCheckInCode', () => {
  it('is compact, versioned and names shift, purpose and window', () => {
    const code = issueCheckInCode(secret, shiftId, 'check_in', t0);
    const window = Math.floor(t0.getTime() / 30_000);
    expect(code).toMatch(new RegExp(`^c1\\.i\\.${window.toString(36)}\\.${shiftId}\\.[A-Za-z0-9_-]{22}$`));
    expect(code.length).toBeLessThanOrEqual(80);
  });

  it.each([
    ['same window', 'check_in', 0, 29, true],
    ['next window', 'check_in', 0, 30, false],
    ['other purpose', 'check_out', 0, 0, false],
  ] as const)('codes differ by window and purpose: %s', (_name, purpose, s1, s2, same) => {
    const a = issueCheckInCode(secret, shiftId, 'check_in', at(s1));
    const b = issueCheckInCode(secret, shiftId, purpose, at(s2));
    expect(a === b).toBe(same);
  });

  it('accepts a string secret the same as its bytes', () => {
    const text = 'a-long-enough-secret-for-codes';
    expect(issueCheckInCode(text, shiftId, 'check_in', t0)).toBe(
      issueCheckInCode(Buffer.from(text), shiftId, 'check_in', t0),
    );
  });

  it.each([
    ['an empty secret', '', shiftId, 30],
    ['a short secret', 'short', shiftId, 30],
    ['a shift id with a dot', secret, 'a.b', 30],
    ['a shift id with a bar', secret, 'a|b', 30],
    ['an empty shift id', secret, '', 30],
    ['a zero period', secret, shiftId, 0],
    ['a fractional period', secret, shiftId, 1.5],
  ])('refuses %s', (_name, key, id, period) => {
    expect(() => issueCheckInCode(key, id, 'check_in', t0, period)).toThrow(RangeError);
  });
});

describe('verifyCheckInCode', () => {
  const issued = issueCheckInCode(secret, shiftId, 'check_in', at(10));
  const window = checkInWindow(at(10));

  it.each<[string, string, string, CheckInPurpose, number, CheckInCodeVerdict]>([
    ['at once', issued, shiftId, 'check_in', 10, { ok: true, window }],
    ['at the end of its window', issued, shiftId, 'check_in', 29.999, { ok: true, window }],
    ['in the next window (grace)', issued, shiftId, 'check_in', 59, { ok: true, window }],
    ['two windows later', issued, shiftId, 'check_in', 60, { ok: false, reason: 'expired' }],
    ['an hour later', issued, shiftId, 'check_in', 3600, { ok: false, reason: 'expired' }],
    ['before its window, within skew', issued, shiftId, 'check_in', -4, { ok: true, window }],
    [
      'before its window, beyond skew',
      issued,
      shiftId,
      'check_in',
      -6,
      { ok: false, reason: 'not_yet_valid' },
    ],
    ['for another shift', issued, otherShiftId, 'check_in', 10, { ok: false, reason: 'wrong_shift' }],
    ['for check-out', issued, shiftId, 'check_out', 10, { ok: false, reason: 'wrong_purpose' }],
    ['with spaces round it', ` ${issued}\n`, shiftId, 'check_in', 10, { ok: true, window }],
  ])('a fresh code scanned %s', (_name, code, expectedShift, purpose, seconds, verdict) => {
    expect(verifyCheckInCode(secret, code, expectedShift, purpose, at(seconds))).toEqual(verdict);
  });

  const parts = issued.split('.');
  const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
  const otherSecret = Buffer.from('fedcba9876543210fedcba9876543210');

  it.each<[string, string, CheckInCodeRejection]>([
    [
      'signed with another secret',
      issueCheckInCode(otherSecret, shiftId, 'check_in', at(10)),
      'bad_signature',
    ],
    ['with a changed mac', [...parts.slice(0, 4), flip(parts[4])].join('.'), 'bad_signature'],
    [
      'moved to a later window',
      [parts[0], parts[1], (window + 1).toString(36), ...parts.slice(3)].join('.'),
      'bad_signature',
    ],
    ['moved to another shift', [...parts.slice(0, 3), otherShiftId, parts[4]].join('.'), 'bad_signature'],
    ['turned into a check-out code', [parts[0], 'o', ...parts.slice(2)].join('.'), 'bad_signature'],
    ['empty', '', 'malformed'],
    ['a URL', 'https://example.org/check-in', 'malformed'],
    ['of another version', ['c2', ...parts.slice(1)].join('.'), 'malformed'],
    ['with an unknown purpose', [parts[0], 'x', ...parts.slice(2)].join('.'), 'malformed'],
    ['with a short mac', [...parts.slice(0, 4), parts[4].slice(0, 21)].join('.'), 'malformed'],
    ['with a long mac', [...parts.slice(0, 4), `${parts[4]}A`].join('.'), 'malformed'],
    [
      'with a mac that is not base64url',
      [...parts.slice(0, 4), `${parts[4].slice(0, 21)}+`].join('.'),
      'malformed',
    ],
    ['with a huge window', [parts[0], parts[1], 'zzzzzzzzzzz', ...parts.slice(3)].join('.'), 'malformed'],
    ['with a missing part', parts.slice(1).join('.'), 'malformed'],
  ])('a code %s is rejected', (_name, code, reason) => {
    expect(verifyCheckInCode(secret, code, shiftId, 'check_in', at(10))).toEqual({ ok: false, reason });
  });

  it.each([
    [0, 30, { ok: false, reason: 'expired' }],
    [2, 89, { ok: true, window }],
    [2, 90, { ok: false, reason: 'expired' }],
  ])('with acceptPreviousWindows %d, scanned at +%d s → %o', (previous, seconds, verdict) => {
    expect(
      verifyCheckInCode(secret, issued, shiftId, 'check_in', at(seconds), {
        acceptPreviousWindows: previous,
      }),
    ).toEqual(verdict);
  });

  it('uses the period it is told, for issue and verify alike', () => {
    const code = issueCheckInCode(secret, shiftId, 'check_out', t0, 60);
    const options = { acceptPreviousWindows: 0, periodSeconds: 60 };
    expect(verifyCheckInCode(secret, code, shiftId, 'check_out', at(59), options).ok).toBe(true);
    expect(verifyCheckInCode(secret, code, shiftId, 'check_out', at(60), options)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it.each([[{ acceptPreviousWindows: -1 }], [{ acceptPreviousWindows: 0.5 }], [{ clockSkewSeconds: -1 }]])(
    'refuses options %o',
    (options) => {
      expect(() => verifyCheckInCode(secret, issued, shiftId, 'check_in', at(10), options)).toThrow(
        RangeError,
      );
    },
  );
});

describe('checkInCodeRotatesAt', () => {
  it.each([
    [0, 30],
    [10, 30],
    [29.999, 30],
    [30, 60],
  ])('a code issued at +%d s rotates at +%d s', (issuedAt, rotatesAt) => {
    expect(checkInCodeRotatesAt(at(issuedAt))).toEqual(at(rotatesAt));
  });
});
