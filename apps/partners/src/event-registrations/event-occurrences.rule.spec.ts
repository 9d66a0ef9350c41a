import { expandOccurrences, localDate, MAX_OCCURRENCES, type Occurrence } from './event-occurrences.rule';

const at = (iso: string) => new Date(iso);
const keys = (result: ReturnType<typeof expandOccurrences>) =>
  Array.isArray(result) ? result.map((o) => o.key) : result;

describe('expandOccurrences', () => {
  it('keeps one occurrence as it is, keyed by its local date', () => {
    // 00:30 on the 5th in Shanghai is still the 4th in UTC: the key is the station's date.
    const result = expandOccurrences({
      startsAt: at('2026-12-05T00:30:00+08:00'),
      endsAt: at('2026-12-05T03:00:00+08:00'),
      recurrence: null,
    }) as Occurrence[];
    expect(result).toEqual([
      { key: '2026-12-05', startsAt: at('2026-12-04T16:30:00Z'), endsAt: at('2026-12-04T19:00:00Z') },
    ]);
  });

  it.each<[string, number[], string, string[]]>([
    ['every Saturday until the 19th', [6], '2026-12-19', ['2026-12-05', '2026-12-12', '2026-12-19']],
    [
      'Tuesdays and Saturdays (the first date need not be one of them)',
      [2, 6],
      '2026-12-15',
      ['2026-12-05', '2026-12-08', '2026-12-12', '2026-12-15'],
    ],
    ['until the first date itself', [6], '2026-12-05', ['2026-12-05']],
    ['a Sunday, ISO 7', [7], '2026-12-13', ['2026-12-06', '2026-12-13']],
  ])('expands %s', (_name, daysOfWeek, until, expected) => {
    const result = expandOccurrences({
      startsAt: at('2026-12-05T09:00:00+08:00'),
      endsAt: at('2026-12-05T11:30:00+08:00'),
      recurrence: { daysOfWeek, until },
    });
    expect(keys(result)).toEqual(expected);
  });

  it('keeps the local time of day and the duration on every date', () => {
    const result = expandOccurrences({
      startsAt: at('2026-12-05T09:00:00+08:00'),
      endsAt: at('2026-12-05T11:30:00+08:00'),
      recurrence: { daysOfWeek: [6], until: '2026-12-12' },
    }) as Occurrence[];
    expect(result[1]).toEqual({
      key: '2026-12-12',
      startsAt: at('2026-12-12T01:00:00Z'),
      endsAt: at('2026-12-12T03:30:00Z'),
    });
  });

  it(`allows ${MAX_OCCURRENCES} occurrences and refuses one more`, () => {
    const daily = [1, 2, 3, 4, 5, 6, 7];
    const base = { startsAt: at('2026-01-01T09:00:00+08:00'), endsAt: at('2026-01-01T10:00:00+08:00') };
    const sixty = expandOccurrences({ ...base, recurrence: { daysOfWeek: daily, until: '2026-03-01' } });
    expect(Array.isArray(sixty) && sixty.length).toBe(60);
    expect(keys(sixty)).toContain('2026-03-01');
    expect(expandOccurrences({ ...base, recurrence: { daysOfWeek: daily, until: '2026-03-02' } })).toEqual({
      field: 'schedule.recurrence.until',
      message: expect.stringContaining('more than 60'),
    });
  });

  it.each<[string, string, string, { daysOfWeek: number[]; until: string } | null, string]>([
    ['an end before the start', '2026-12-05T09:00:00Z', '2026-12-05T08:00:00Z', null, 'schedule.endsAt'],
    ['an occurrence over a day', '2026-12-05T09:00:00Z', '2026-12-06T09:00:01Z', null, 'schedule.endsAt'],
    [
      'until before the start',
      '2026-12-05T09:00:00+08:00',
      '2026-12-05T10:00:00+08:00',
      { daysOfWeek: [6], until: '2026-12-04' },
      'schedule.recurrence.until',
    ],
    [
      'no listed weekday in range',
      '2026-12-05T09:00:00+08:00',
      '2026-12-05T10:00:00+08:00',
      { daysOfWeek: [1], until: '2026-12-06' },
      'schedule.recurrence.daysOfWeek',
    ],
  ])('refuses %s', (_name, startsAt, endsAt, recurrence, field) => {
    const result = expandOccurrences({ startsAt: at(startsAt), endsAt: at(endsAt), recurrence });
    expect(result).toMatchObject({ field });
  });

  it('reads local dates in the station zone', () => {
    expect(localDate(at('2026-12-04T16:00:00Z'))).toBe('2026-12-05');
    expect(localDate(at('2026-12-04T15:59:59Z'))).toBe('2026-12-04');
  });
});
