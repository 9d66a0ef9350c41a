import { ageBand, ageOn, shanghaiDate } from './age-band';

describe('ageOn', () => {
  it.each<[string, string, number]>([
    ['1956-03-12', '2026-03-11', 69],
    ['1956-03-12', '2026-03-12', 70],
    ['1948-02-29', '2026-02-28', 77],
    ['1948-02-29', '2026-03-01', 78],
    ['1961-12-31', '2026-10-09', 64],
  ])('born %s, on %s: %i', (birth, day, age) => {
    expect(ageOn(birth, day)).toBe(age);
  });
});

describe('ageBand', () => {
  it.each<[number, string]>([
    [64, 'under_65'],
    [65, '65_69'],
    [69, '65_69'],
    [70, '70_74'],
    [74, '70_74'],
    [75, '75_79'],
    [80, '80_84'],
    [84, '80_84'],
    [85, '85_plus'],
    [101, '85_plus'],
  ])('%i → %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });
});

describe('shanghaiDate', () => {
  it('is the day in Asia/Shanghai (UTC+8)', () => {
    expect(shanghaiDate(new Date('2026-10-08T15:59:59.999Z'))).toBe('2026-10-08');
    expect(shanghaiDate(new Date('2026-10-08T16:00:00.000Z'))).toBe('2026-10-09');
  });
});
