import { localDateOf, localDatesOf, localDateTimeOf } from './local-date';

describe('localDateOf (Asia/Shanghai)', () => {
  it.each([
    ['2026-09-08T00:00:00+08:00', '2026-09-08'],
    ['2026-09-07T16:00:00Z', '2026-09-08'],
    ['2026-09-07T15:59:59.999Z', '2026-09-07'],
    ['2026-12-31T23:30:00+08:00', '2026-12-31'],
    ['2026-12-31T16:30:00Z', '2027-01-01'],
  ])('%s is on %s', (instant, expected) => {
    expect(localDateOf(new Date(instant))).toBe(expected);
  });
});

describe('localDatesOf', () => {
  it.each([
    ['a morning', '2026-09-08T09:00:00+08:00', '2026-09-08T12:00:00+08:00', '2026-09-08', '2026-09-08'],
    [
      'ends at midnight',
      '2026-09-08T20:00:00+08:00',
      '2026-09-09T00:00:00+08:00',
      '2026-09-08',
      '2026-09-08',
    ],
    ['overnight', '2026-09-08T20:00:00+08:00', '2026-09-09T02:00:00+08:00', '2026-09-08', '2026-09-09'],
  ])('%s', (_name, startsAt, endsAt, startsOn, endsOn) => {
    expect(localDatesOf(new Date(startsAt), new Date(endsAt))).toEqual({ startsOn, endsOn });
  });
});

describe('localDateTimeOf (Asia/Shanghai)', () => {
  it.each([
    ['2026-12-01T00:00:00Z', '2026-12-01T08:00:00+08:00'],
    ['2026-12-01T15:59:59.999Z', '2026-12-01T23:59:59+08:00'],
    ['2026-12-01T16:00:00Z', '2026-12-02T00:00:00+08:00'],
    ['2026-12-31T16:30:00Z', '2027-01-01T00:30:00+08:00'],
  ])('%s is %s', (instant, expected) => {
    expect(localDateTimeOf(new Date(instant))).toBe(expected);
  });
});
