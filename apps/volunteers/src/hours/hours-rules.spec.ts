import { HoursError } from './hours.error';
import {
  applyDailyCap,
  applyDailyCapToRecord,
  computeServiceHours,
  formatHours,
  hoursToUnits,
  starLevel,
  sumHours,
  unitsToHours,
} from './hours-rules';

/** Shanghai wall-clock time on 8 September 2026 (day 8) or the days round it. */
const sh = (day: number, time: string) =>
  new Date(`2026-09-${String(day).padStart(2, '0')}T${time}:00+08:00`);

describe('computeServiceHours', () => {
  it.each([
    ['three hours', sh(8, '09:00'), sh(8, '12:00'), 0, '3.00', [['2026-09-08', '3.00', false]]],
    [
      'rounded down to the half hour',
      sh(8, '09:00'),
      sh(8, '12:29'),
      0,
      '3.00',
      [['2026-09-08', '3.00', false]],
    ],
    ['exactly three and a half', sh(8, '09:00'), sh(8, '12:30'), 0, '3.50', [['2026-09-08', '3.50', false]]],
    ['travel excluded', sh(8, '09:00'), sh(8, '12:30'), 30, '3.00', [['2026-09-08', '3.00', false]]],
    [
      'travel excluded, then rounded',
      sh(8, '09:00'),
      sh(8, '12:30'),
      45,
      '2.50',
      [['2026-09-08', '2.50', false]],
    ],
    ['under half an hour', sh(8, '09:00'), sh(8, '09:29'), 0, '0.00', [['2026-09-08', '0.00', false]]],
    ['all travel', sh(8, '09:00'), sh(8, '10:00'), 60, '0.00', [['2026-09-08', '0.00', false]]],
    ['exactly eight hours', sh(8, '08:00'), sh(8, '16:00'), 0, '8.00', [['2026-09-08', '8.00', false]]],
    ['ten hours held to eight', sh(8, '08:00'), sh(8, '18:00'), 0, '8.00', [['2026-09-08', '8.00', true]]],
    [
      'ten hours less two of travel',
      sh(8, '08:00'),
      sh(8, '18:00'),
      120,
      '8.00',
      [['2026-09-08', '8.00', false]],
    ],
    ['ending at midnight', sh(8, '20:00'), sh(9, '00:00'), 0, '4.00', [['2026-09-08', '4.00', false]]],
    [
      'overnight, counted per day',
      sh(8, '20:00'),
      sh(9, '02:00'),
      0,
      '6.00',
      [
        ['2026-09-08', '4.00', false],
        ['2026-09-09', '2.00', false],
      ],
    ],
    [
      'overnight with odd quarters: the whole is rounded, not each day',
      sh(8, '21:15'),
      sh(9, '01:15'),
      0,
      '4.00',
      [
        ['2026-09-08', '3.00', false],
        ['2026-09-09', '1.00', false],
      ],
    ],
    [
      'overnight, the larger remainder (first day) gets the half hour',
      sh(8, '21:40'),
      sh(9, '01:10'),
      0,
      '3.50',
      [
        ['2026-09-08', '2.50', false],
        ['2026-09-09', '1.00', false],
      ],
    ],
    [
      'overnight, the larger remainder (second day) gets the half hour',
      sh(8, '22:20'),
      sh(9, '01:20'),
      0,
      '3.00',
      [
        ['2026-09-08', '1.50', false],
        ['2026-09-09', '1.50', false],
      ],
    ],
    [
      'overnight travel shared in proportion',
      sh(8, '20:00'),
      sh(9, '02:00'),
      60,
      '5.00',
      [
        ['2026-09-08', '3.50', false],
        ['2026-09-09', '1.50', false],
      ],
    ],
    [
      'twenty hours over two days, each held to eight',
      sh(8, '14:00'),
      sh(9, '10:00'),
      0,
      '16.00',
      [
        ['2026-09-08', '8.00', true],
        ['2026-09-09', '8.00', true],
      ],
    ],
    [
      'a forgotten check-out over three days',
      sh(8, '22:00'),
      sh(10, '01:00'),
      0,
      '11.00',
      [
        ['2026-09-08', '2.00', false],
        ['2026-09-09', '8.00', true],
        ['2026-09-10', '1.00', false],
      ],
    ],
    [
      'instants given in UTC fall on Shanghai dates',
      new Date('2026-09-07T23:00:00Z'),
      new Date('2026-09-08T01:00:00Z'),
      0,
      '2.00',
      [['2026-09-08', '2.00', false]],
    ],
  ] as const)('%s', (_name, checkIn, checkOut, travelMinutes, hours, byDate) => {
    const result = computeServiceHours({ checkIn, checkOut, travelMinutes, timeZone: 'Asia/Shanghai' });
    expect(result.hours).toBe(hours);
    expect(result.units).toBe(hoursToUnits(hours));
    expect(result.byDate).toEqual(
      byDate.map(([date, dayHours, capped]) => ({
        date,
        hours: dayHours,
        units: hoursToUnits(dayHours),
        capped,
      })),
    );
    expect(sumHours(result.byDate.map((day) => day.hours))).toBe(hours);
  });

  it('reports the minutes served before rounding', () => {
    const result = computeServiceHours({
      checkIn: sh(8, '09:00'),
      checkOut: sh(8, '12:29'),
      travelMinutes: 14,
    });
    expect(result.servedMinutes).toBe(195);
  });

  it('defaults to the station zone, Asia/Shanghai', () => {
    const result = computeServiceHours({
      checkIn: new Date('2026-09-08T15:00:00Z'),
      checkOut: new Date('2026-09-08T17:00:00Z'),
    });
    expect(result.byDate.map((day) => day.date)).toEqual(['2026-09-08', '2026-09-09']);
  });

  it('counts real elapsed time across a DST change (Europe/Berlin)', () => {
    const result = computeServiceHours({
      checkIn: new Date('2026-03-28T22:00:00+01:00'),
      checkOut: new Date('2026-03-29T06:00:00+02:00'),
      timeZone: 'Europe/Berlin',
    });
    expect(result.hours).toBe('7.00');
    expect(result.byDate.map((day) => [day.date, day.hours])).toEqual([
      ['2026-03-28', '2.00'],
      ['2026-03-29', '5.00'],
    ]);
  });

  it.each([
    ['check-out equal to check-in', sh(8, '09:00'), sh(8, '09:00'), 0, 'CHECK_OUT_NOT_AFTER_CHECK_IN'],
    ['check-out before check-in', sh(8, '12:00'), sh(8, '09:00'), 0, 'CHECK_OUT_NOT_AFTER_CHECK_IN'],
    ['an invalid check-out', sh(8, '09:00'), new Date('nonsense'), 0, 'CHECK_OUT_NOT_AFTER_CHECK_IN'],
    ['travel longer than the attendance', sh(8, '09:00'), sh(8, '10:00'), 61, 'TRAVEL_EXCEEDS_ATTENDANCE'],
    ['negative travel', sh(8, '09:00'), sh(8, '10:00'), -5, 'INVALID_HOURS'],
    ['travel that is not a number', sh(8, '09:00'), sh(8, '10:00'), Number.NaN, 'INVALID_HOURS'],
  ])('refuses %s', (_name, checkIn, checkOut, travelMinutes, code) => {
    expect(() => computeServiceHours({ checkIn, checkOut, travelMinutes })).toThrow(
      expect.objectContaining({ code, constructor: HoursError }),
    );
  });
});

describe('applyDailyCap', () => {
  it.each([
    ['nothing yet', 0, '3.50', '3.50', '0.00'],
    ['room for all', '4.00', '4.00', '4.00', '0.00'],
    ['room for part', '6.00', '3.50', '2.00', '1.50'],
    ['half an hour left', 7.5, 1, '0.50', '0.50'],
    ['day already full', '8.00', '1.00', '0.00', '1.00'],
    ['day over full (an earlier adjustment)', '9.00', '2.00', '0.00', '2.00'],
    ['nothing new', '5.00', '0.00', '0.00', '0.00'],
  ])('%s: %s existing + %s new → %s granted, %s trimmed', (_name, existing, added, granted, trimmed) => {
    expect(applyDailyCap(existing, added)).toEqual({
      hours: granted,
      units: hoursToUnits(granted),
      trimmedHours: trimmed,
    });
  });

  it.each([['1.25'], [-1], ['abc']])('refuses %p', (bad) => {
    expect(() => applyDailyCap(0, bad)).toThrow(HoursError);
  });
});

describe('applyDailyCapToRecord', () => {
  const overnight = computeServiceHours({ checkIn: sh(8, '18:00'), checkOut: sh(9, '03:00') }); // 6 + 3

  it.each([
    ['nothing else those days', {}, '9.00', ['6.00', '3.00'], [false, false]],
    [
      'a morning shift on the first day (map)',
      new Map([['2026-09-08', '4.00']]),
      '7.00',
      ['4.00', '3.00'],
      [true, false],
    ],
    [
      'both days nearly full',
      { '2026-09-08': '7.50', '2026-09-09': 6 },
      '2.50',
      ['0.50', '2.00'],
      [true, true],
    ],
    ['another date only', { '2026-09-07': '8.00' }, '9.00', ['6.00', '3.00'], [false, false]],
  ])('%s', (_name, existing, hours, dayHours, capped) => {
    const result = applyDailyCapToRecord(overnight, existing);
    expect(result.hours).toBe(hours);
    expect(result.units).toBe(hoursToUnits(hours));
    expect(result.byDate.map((day) => day.hours)).toEqual(dayHours);
    expect(result.byDate.map((day) => day.capped)).toEqual(capped);
    expect(result.servedMinutes).toBe(overnight.servedMinutes);
  });
});

describe('starLevel', () => {
  it.each([
    [0, 0, 100, '100.00'],
    ['99.50', 0, 100, '0.50'],
    ['100.00', 1, 300, '200.00'],
    [299.5, 1, 300, '0.50'],
    ['300', 2, 600, '300.00'],
    ['600.00', 3, 1000, '400.00'],
    ['999.99', 3, 1000, '0.01'],
    [1000, 4, 1500, '500.00'],
    ['1499.50', 4, 1500, '0.50'],
    ['1500.00', 5, null, null],
    [4321.5, 5, null, null],
  ])('%p hours → %d stars', (total, level, nextLevelAtHours, hoursToNextLevel) => {
    expect(starLevel(total)).toEqual({ level, nextLevelAtHours, hoursToNextLevel });
  });

  it.each([['-1'], [-0.5], ['1e3'], [Number.POSITIVE_INFINITY], ['12.345']])('refuses %p', (bad) => {
    expect(() => starLevel(bad)).toThrow(HoursError);
  });
});

describe('hours values', () => {
  it.each([
    [['0.10', '0.20'], '0.30'],
    [[3.5, '4.50', 0], '8.00'],
    [[], '0.00'],
    [[' 12.5 ', '0.05'], '12.55'],
  ])('sumHours(%p) is %s', (values, total) => {
    expect(sumHours(values)).toBe(total);
  });

  it.each([
    [3.5, '3.50'],
    ['12', '12.00'],
    ['0.5', '0.50'],
    [' 7.25 ', '7.25'],
  ])('formatHours(%p) is %s', (value, hours) => {
    expect(formatHours(value)).toBe(hours);
  });

  it.each([
    [0, '0.00'],
    [1, '0.50'],
    [7, '3.50'],
    [3000, '1500.00'],
  ])('unitsToHours(%d) is %s', (units, hours) => {
    expect(unitsToHours(units)).toBe(hours);
  });

  it.each([['1.25'], [0.3], ['3.5.0'], [''], [Number.NaN], ['-0.50']])('hoursToUnits refuses %p', (bad) => {
    expect(() => hoursToUnits(bad)).toThrow(HoursError);
  });
});
