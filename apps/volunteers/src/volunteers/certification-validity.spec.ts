import { validThrough } from './certification-validity';

const cert = (issuedOn: string, expiresOn: string | null) => ({ name: '消防安全', issuedOn, expiresOn });

describe('validThrough', () => {
  it.each([
    ['valid in the middle', cert('2025-01-01', '2027-01-01'), '2026-09-08', '2026-09-08', true],
    ['issued that very day', cert('2026-09-08', '2027-01-01'), '2026-09-08', '2026-09-08', true],
    ['expires that very day', cert('2025-01-01', '2026-09-08'), '2026-09-08', '2026-09-08', true],
    ['issued the day after', cert('2026-09-09', '2027-01-01'), '2026-09-08', '2026-09-08', false],
    ['expired the day before', cert('2025-01-01', '2026-09-07'), '2026-09-08', '2026-09-08', false],
    ['never expires', cert('2020-01-01', null), '2030-12-31', '2030-12-31', true],
    [
      'expires during an overnight shift',
      cert('2025-01-01', '2026-09-08'),
      '2026-09-08',
      '2026-09-09',
      false,
    ],
    ['covers an overnight shift', cert('2025-01-01', '2026-09-09'), '2026-09-08', '2026-09-09', true],
  ])('%s', (_name, certificate, from, to, expected) => {
    expect(validThrough(certificate, from, to)).toBe(expected);
  });
});
