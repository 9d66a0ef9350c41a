import { readIdNumber } from './id-number';

/** Appends the check character to 17 digits, computed independently of the code under test. */
function withCheck(first17: string): string {
  const weights = first17.split('').map((_, i) => 2 ** (17 - i) % 11);
  const sum = first17.split('').reduce((total, digit, i) => total + weights[i] * Number(digit), 0);
  return first17 + ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'][sum % 11];
}

describe('readIdNumber', () => {
  const today = new Date('2026-11-28T00:00:00Z');

  it('reads a valid number: birth date and sex (odd 17th digit: male)', () => {
    const id = withCheck('37061319450312001');
    expect(readIdNumber(id, today)).toEqual({
      ok: true,
      facts: { normalised: id, birthDate: '1945-03-12', sex: 'male' },
    });
    expect(readIdNumber(withCheck('37061319500701002'), today)).toMatchObject({
      ok: true,
      facts: { birthDate: '1950-07-01', sex: 'female' },
    });
  });

  it('accepts the published example with an X check character, in lower case and with spaces', () => {
    // The worked example of GB 11643-1999.
    expect(readIdNumber('11010519491231002x', today)).toMatchObject({
      ok: true,
      facts: { normalised: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' },
    });
    expect(readIdNumber('110105 19491231 002X', today).ok).toBe(true);
  });

  it('refuses a typo that breaks the check digit', () => {
    const id = withCheck('37061319450312001');
    const typo = `${id.slice(0, 10)}${id[10] === '0' ? '1' : '0'}${id.slice(11)}`;
    expect(readIdNumber(typo, today)).toEqual({ ok: false, problem: 'check_digit' });
  });

  it.each([
    ['', 'too short'],
    ['3706131945031200', 'too short'],
    ['3706131945031200111', 'too long'],
    ['07061319450312001X', 'starts with 0'],
    ['3706131945031200A1', 'a letter inside'],
  ])('refuses %j (%s)', (id) => {
    expect(readIdNumber(id, today)).toEqual({ ok: false, problem: 'shape' });
  });

  it.each([
    ['37061319450230001', 'no 30 February'],
    ['37061318991231001', 'before 1900'],
    ['37061320270101001', 'in the future'],
  ])('refuses a birth date that cannot be (%s)', (first17) => {
    expect(readIdNumber(withCheck(first17), today)).toEqual({
      ok: false,
      problem: 'birth_date',
    });
  });
});
