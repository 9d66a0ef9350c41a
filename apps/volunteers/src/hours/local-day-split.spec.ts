import { localDateIn, nextLocalDayStart, splitByLocalDate } from './local-day-split';

const HOUR = 3_600_000;

describe('nextLocalDayStart', () => {
  it.each([
    ['Shanghai, mid-morning', 'Asia/Shanghai', '2026-09-08T10:00:00+08:00', '2026-09-08T16:00:00.000Z'],
    [
      'Shanghai, one ms before midnight',
      'Asia/Shanghai',
      '2026-09-08T23:59:59.999+08:00',
      '2026-09-08T16:00:00.000Z',
    ],
    ['Shanghai, at midnight', 'Asia/Shanghai', '2026-09-09T00:00:00+08:00', '2026-09-09T16:00:00.000Z'],
    ['Shanghai, new year', 'Asia/Shanghai', '2026-12-31T20:00:00+08:00', '2026-12-31T16:00:00.000Z'],
    [
      'Berlin, the night clocks go forward',
      'Europe/Berlin',
      '2026-03-28T12:00:00+01:00',
      '2026-03-28T23:00:00.000Z',
    ],
    ['Berlin, the 25-hour day', 'Europe/Berlin', '2026-10-25T00:30:00+02:00', '2026-10-25T23:00:00.000Z'],
    // Chile moves its clocks at midnight: 6 September 2026 begins at 01:00 local time.
    [
      'Santiago, a day that starts at 01:00',
      'America/Santiago',
      '2026-09-05T12:00:00-04:00',
      '2026-09-06T04:00:00.000Z',
    ],
  ])('%s', (_name, zone, from, expected) => {
    expect(new Date(nextLocalDayStart(new Date(from), zone)).toISOString()).toBe(expected);
  });
});

describe('splitByLocalDate', () => {
  it.each([
    [
      'a morning',
      'Asia/Shanghai',
      '2026-09-08T09:00:00+08:00',
      '2026-09-08T12:00:00+08:00',
      [['2026-09-08', 3]],
    ],
    [
      'ending at midnight',
      'Asia/Shanghai',
      '2026-09-08T20:00:00+08:00',
      '2026-09-09T00:00:00+08:00',
      [['2026-09-08', 4]],
    ],
    [
      'overnight',
      'Asia/Shanghai',
      '2026-09-08T20:00:00+08:00',
      '2026-09-09T02:00:00+08:00',
      [
        ['2026-09-08', 4],
        ['2026-09-09', 2],
      ],
    ],
    [
      'given in UTC, over two Shanghai days',
      'Asia/Shanghai',
      '2026-09-08T14:00:00Z',
      '2026-09-09T18:00:00Z',
      [
        ['2026-09-08', 2],
        ['2026-09-09', 24],
        ['2026-09-10', 2],
      ],
    ],
    [
      'Berlin overnight as the clocks go forward',
      'Europe/Berlin',
      '2026-03-28T22:00:00+01:00',
      '2026-03-29T06:00:00+02:00',
      [
        ['2026-03-28', 2],
        ['2026-03-29', 5],
      ],
    ],
    [
      'Berlin, the whole 25-hour day',
      'Europe/Berlin',
      '2026-10-25T00:00:00+02:00',
      '2026-10-26T00:00:00+01:00',
      [['2026-10-25', 25]],
    ],
    ['empty', 'Asia/Shanghai', '2026-09-08T09:00:00+08:00', '2026-09-08T09:00:00+08:00', []],
  ] as const)('%s', (_name, zone, start, end, expected) => {
    expect(splitByLocalDate(new Date(start), new Date(end), zone)).toEqual(
      expected.map(([date, hours]) => ({ date, milliseconds: hours * HOUR })),
    );
  });
});

describe('localDateIn', () => {
  it.each([
    ['2026-09-07T16:00:00Z', 'Asia/Shanghai', '2026-09-08'],
    ['2026-09-07T15:59:59.999Z', 'Asia/Shanghai', '2026-09-07'],
    ['2026-09-07T15:59:59.999Z', 'UTC', '2026-09-07'],
  ])('%s in %s is %s', (instant, zone, date) => {
    expect(localDateIn(new Date(instant), zone)).toBe(date);
  });

  it('refuses an unknown zone', () => {
    expect(() => localDateIn(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
