import { formatCertificateNumber, isCertificateNumber } from './certificate-number';

describe('certificate numbers', () => {
  it.each([
    [2026, 1, 'LK-2026-000001'],
    [2026, 123, 'LK-2026-000123'],
    [2027, 999_999, 'LK-2027-999999'],
    [2027, 1_000_000, 'LK-2027-1000000'],
  ])('%d #%d → %s', (year, value, number) => {
    expect(formatCertificateNumber(year, value)).toBe(number);
    expect(isCertificateNumber(number)).toBe(true);
  });

  it.each([
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [99, 1],
  ])('refuses year %d #%d', (year, value) => {
    expect(() => formatCertificateNumber(year, value)).toThrow(RangeError);
  });

  it.each(['', 'LK-2026-12', 'lk-2026-000001', 'LK-2026-000001.pdf', "LK-2026-000001' OR 1"])(
    '%j is not a number',
    (text) => expect(isCertificateNumber(text)).toBe(false),
  );
});
