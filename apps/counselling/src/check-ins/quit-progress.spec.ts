import { addDays, localDateOf } from './local-date';
import { pointPrevalence, smokeFreeStreak, type DayRecord } from './quit-progress';

const QUIT = '2026-03-01';
const day = (offset: number, extra: Partial<DayRecord> = {}): DayRecord => ({
  localDate: addDays(QUIT, offset),
  cigarettes: 0,
  lapse: false,
  ...extra,
});
const run = (from: number, to: number): DayRecord[] =>
  Array.from({ length: to - from + 1 }, (_, i) => day(from + i));

describe('localDateOf', () => {
  it.each([
    ['2026-03-01T15:59:59.999Z', '2026-03-01'],
    ['2026-03-01T16:00:00.000Z', '2026-03-02'],
    ['2026-12-31T17:00:00.000Z', '2027-01-01'],
  ])('%s is %s in Shanghai', (instant, local) => {
    expect(localDateOf(new Date(instant))).toBe(local);
  });
});

describe('smokeFreeStreak', () => {
  it.each<[string, DayRecord[], number]>([
    ['no check-ins', [], 0],
    ['four smoke-free days from the quit date', run(0, 3), 4],
    ['a lapse today resets it', [...run(0, 3), day(4, { lapse: true })], 0],
    ['a cigarette counted is a lapse too', [...run(0, 3), day(4, { cigarettes: 1 })], 0],
    ['it grows again after a lapse', [...run(0, 2), day(3, { lapse: true }), ...run(4, 5)], 2],
    ['a missing day ends the run', [...run(0, 2), ...run(4, 5)], 2],
    ['days before the quit date do not count', run(-3, 1), 2],
    ['the order of the records does not matter', run(0, 4).reverse(), 5],
  ])('%s → %i', (_name, days, expected) => {
    expect(smokeFreeStreak(QUIT, days)).toBe(expected);
  });
});

describe('pointPrevalence (7 days ending quit date + N weeks)', () => {
  const today = addDays(QUIT, 200);
  it.each<[string, number, DayRecord[], string, string]>([
    ['every day of week 4 smoke-free', 4, run(22, 28), today, 'abstinent'],
    ['a lapse on the assessment day', 4, [...run(22, 27), day(28, { lapse: true })], today, 'smoking'],
    ['a missing day counts as smoking', 4, [...run(22, 25), ...run(27, 28)], today, 'smoking'],
    [
      'an earlier lapse is outside the window',
      4,
      [day(21, { lapse: true }), ...run(22, 28)],
      today,
      'abstinent',
    ],
    ['week 12 not reached yet', 12, run(0, 40), addDays(QUIT, 83), 'not_due'],
    ['week 12 on its day', 12, run(78, 84), addDays(QUIT, 84), 'abstinent'],
    ['week 26', 26, run(176, 182), today, 'abstinent'],
  ])('%s', (_name, week, days, on, expected) => {
    expect(pointPrevalence(QUIT, week, days, on)).toBe(expected);
  });
});
