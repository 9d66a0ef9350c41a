import { issueCheckInCode, verifyCheckInCode } from './qr-code';
import { issueVolunteerCardCode, verifyVolunteerCardCode, volunteerCardCodes } from './volunteer-card-code';

const secret = Buffer.from('0123456789abcdef0123456789abcdef');
const volunteerId = '0190f5d2-7b1c-7cc3-9a52-3f1d2e4b5a60';
/** The start of a 30-second window. */
const t0 = new Date('2026-09-08T10:00:00.000Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('the volunteer card code', () => {
  it.each([
    ['in its own window', 0, 10, { ok: true, volunteerId, window: t0.getTime() / 30_000 }],
    ['just after it rotated', 0, 45, { ok: true, volunteerId, window: t0.getTime() / 30_000 }],
    ['two windows later', 0, 61, { ok: false, reason: 'expired' }],
    ['before its window (a code from the future)', 90, 0, { ok: false, reason: 'not_yet_valid' }],
  ] as const)('is read %s', (_name, issuedAt, scannedAt, verdict) => {
    const code = issueVolunteerCardCode(secret, volunteerId, at(issuedAt));
    expect(verifyVolunteerCardCode(secret, code, at(scannedAt))).toEqual(verdict);
  });

  it('is refused when forged, garbled or signed with another secret', () => {
    const code = issueVolunteerCardCode(secret, volunteerId, t0);
    const otherId = code.replace(volunteerId, '0190f5d2-7b1c-7cc3-9a52-3f1d2e4b5a61');
    expect(verifyVolunteerCardCode(secret, otherId, t0)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyVolunteerCardCode(secret, 'hello', t0)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyVolunteerCardCode('another-secret-of-enough-bytes', code, t0)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('is never a shift code, and a shift code is never a card', () => {
    const card = issueVolunteerCardCode(secret, volunteerId, t0);
    const shiftCode = issueCheckInCode(secret, volunteerId, 'check_in', t0);
    expect(verifyVolunteerCardCode(secret, shiftCode, t0)).toEqual({ ok: false, reason: 'wrong_purpose' });
    expect(verifyCheckInCode(secret, card, volunteerId, 'check_in', t0)).toEqual({
      ok: false,
      reason: 'wrong_purpose',
    });
    // Relabelling the purpose breaks the signature, which covers it.
    const relabelled = card.replace(/^c1\.v\./, 'c1.i.');
    expect(verifyCheckInCode(secret, relabelled, volunteerId, 'check_in', t0)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(verifyVolunteerCardCode(secret, shiftCode.replace(/^c1\.i\./, 'c1.v.'), t0)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('comes with the codes of the next windows, each valid in its own', () => {
    const codes = volunteerCardCodes(secret, volunteerId, at(12), 90);
    expect(codes.map((c) => c.validFrom.toISOString())).toEqual([
      '2026-09-08T10:00:00.000Z',
      '2026-09-08T10:00:30.000Z',
      '2026-09-08T10:01:00.000Z',
      '2026-09-08T10:01:30.000Z',
    ]);
    expect(codes[0].rotatesAt).toEqual(at(30));
    for (const c of codes) {
      expect(verifyVolunteerCardCode(secret, c.code, new Date(c.validFrom.getTime() + 1000))).toMatchObject({
        ok: true,
        volunteerId,
      });
    }
    expect(verifyVolunteerCardCode(secret, codes[3].code, at(12))).toEqual({
      ok: false,
      reason: 'not_yet_valid',
    });
  });
});
