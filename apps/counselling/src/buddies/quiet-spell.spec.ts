import { QUIET_DAYS, quietSpell } from './quiet-spell';

const spell = (startsOn: string, quietDays: number) => ({ startsOn, quietDays });

describe('quietSpell (nudge after three whole quiet days)', () => {
  it('is three days', () => {
    expect(QUIET_DAYS).toBe(3);
  });

  it.each<[string, string | null, string, string, ReturnType<typeof quietSpell>]>([
    // [case, last check-in, paired on, today, spell]
    ['checked in today', '2027-01-10', '2027-01-01', '2027-01-10', null],
    ['two whole days quiet', '2027-01-10', '2027-01-01', '2027-01-13', null],
    ['three whole days quiet', '2027-01-10', '2027-01-01', '2027-01-14', spell('2027-01-11', 3)],
    ['a longer spell keeps its start', '2027-01-10', '2027-01-01', '2027-01-20', spell('2027-01-11', 9)],
    ['never checked in: from the pairing', null, '2027-01-01', '2027-01-04', spell('2027-01-01', 3)],
    ['never checked in, paired two days ago', null, '2027-01-01', '2027-01-03', null],
    ['quiet before the pairing does not count', '2026-12-01', '2027-01-01', '2027-01-02', null],
    ['…only the days since', '2026-12-01', '2027-01-01', '2027-01-04', spell('2027-01-01', 3)],
    ['across the new year', '2026-12-30', '2026-12-01', '2027-01-03', spell('2026-12-31', 3)],
  ])('%s', (_name, last, pairedOn, today, expected) => {
    expect(quietSpell(last, pairedOn, today)).toEqual(expected);
  });
});
