import { eventStaffing, shiftAtRisk, type ShiftCount } from './staffing.rule';

const now = new Date('2026-12-03T00:00:00Z');
const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const shift = (capacity: number, confirmed: number, hoursAhead: number, waitlisted = 0): ShiftCount => ({
  capacity,
  confirmed,
  waitlisted,
  pending: 0,
  startsAt: inHours(hoursAhead),
});

describe('staffing rules', () => {
  it.each<[string, ShiftCount, boolean]>([
    ['short and within 48 h', shift(4, 3, 47), true],
    ['short at exactly 48 h', shift(4, 3, 48), true],
    ['short but further off', shift(4, 3, 49), false],
    ['full within 48 h', shift(4, 4, 10), false],
    ['over-full', shift(4, 5, 10), false],
    ['short but already started', shift(4, 1, -1), false],
  ])('a shift %s: at risk %s', (_name, s, expected) => {
    expect(shiftAtRisk(s, now)).toBe(expected);
  });

  it('sums an event’s shifts against what it needs', () => {
    const summary = eventStaffing(
      { approved: true, needed: 6, occurrenceStarts: [inHours(100)] },
      [shift(4, 4, 100, 2), shift(2, 1, 100)],
      now,
    );
    expect(summary).toEqual({
      needed: 6,
      confirmed: 5,
      waitlisted: 2,
      pending: 0,
      fullyStaffed: false,
      atRisk: false,
    });
  });

  it.each<[string, boolean, ShiftCount[], number, boolean]>([
    ['a short shift soon', true, [shift(2, 1, 20)], 20, true],
    ['no shift reported and an occurrence soon', true, [], 20, true],
    ['no shift reported, occurrence far off', true, [], 100, false],
    ['not approved yet', false, [shift(2, 1, 20)], 20, false],
    ['fully staffed soon', true, [shift(2, 2, 20)], 20, false],
  ])('an event with %s: at risk %s', (_name, approved, shifts, hoursAhead, expected) => {
    expect(
      eventStaffing({ approved, needed: 2, occurrenceStarts: [inHours(hoursAhead)] }, shifts, now).atRisk,
    ).toBe(expected);
  });

  it('is fully staffed when confirmed meets the need', () => {
    expect(
      eventStaffing({ approved: true, needed: 2, occurrenceStarts: [] }, [shift(2, 2, 5)], now).fullyStaffed,
    ).toBe(true);
  });
});
