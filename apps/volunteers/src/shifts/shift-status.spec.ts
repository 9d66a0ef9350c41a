import {
  isOver,
  requestedStatus,
  shownStatus,
  statusForSeats,
  takesSignups,
  type SettableStatus,
  type ShiftStatus,
} from './shift-status';

describe('statusForSeats', () => {
  it.each<[ShiftStatus, number, number, ShiftStatus]>([
    ['open', 2, 3, 'open'],
    ['open', 3, 3, 'full'],
    ['full', 2, 3, 'open'],
    ['full', 3, 3, 'full'],
    ['closed', 3, 3, 'closed'],
    ['cancelled', 0, 3, 'cancelled'],
    ['completed', 1, 3, 'completed'],
  ])('%s with %i of %i seats taken → %s', (status, seats, capacity, expected) => {
    expect(statusForSeats(status, seats, capacity)).toBe(expected);
  });
});

describe('requestedStatus', () => {
  it.each<[ShiftStatus, SettableStatus, number, number, ShiftStatus | null]>([
    ['open', 'closed', 1, 3, 'closed'],
    ['full', 'closed', 3, 3, 'closed'],
    ['closed', 'open', 1, 3, 'open'],
    ['closed', 'open', 3, 3, 'full'],
    ['open', 'completed', 1, 3, 'completed'],
    ['completed', 'completed', 1, 3, 'completed'],
    ['completed', 'open', 1, 3, null],
    ['cancelled', 'open', 0, 3, null],
    ['cancelled', 'closed', 0, 3, null],
  ])('%s asked for %s (%i/%i) → %s', (current, requested, seats, capacity, expected) => {
    expect(requestedStatus(current, requested, seats, capacity)).toBe(expected);
  });
});

describe('takesSignups', () => {
  it.each<[ShiftStatus, boolean]>([
    ['open', true],
    ['full', true],
    ['closed', false],
    ['cancelled', false],
    ['completed', false],
  ])('%s → %s', (status, expected) => {
    expect(takesSignups(status)).toBe(expected);
  });
});

describe('shownStatus', () => {
  const endsAt = new Date('2026-12-01T12:00:00+08:00');
  const before = new Date('2026-12-01T11:59:59.999+08:00');
  it.each<[ShiftStatus, Date, ShiftStatus]>([
    ['open', before, 'open'],
    ['full', before, 'full'],
    ['closed', before, 'closed'],
    ['completed', before, 'completed'],
    ['cancelled', before, 'cancelled'],
    ['open', endsAt, 'completed'],
    ['full', endsAt, 'completed'],
    ['closed', endsAt, 'completed'],
    ['completed', endsAt, 'completed'],
    ['cancelled', endsAt, 'cancelled'],
  ])('%s at %s → %s', (status, now, expected) => {
    expect(shownStatus(status, endsAt, now)).toBe(expected);
  });

  it.each<[Date, boolean]>([
    [before, false],
    [endsAt, true],
    [new Date('2026-12-02T00:00:00+08:00'), true],
  ])('over at %s: %s', (now, expected) => {
    expect(isOver(endsAt, now)).toBe(expected);
  });
});
