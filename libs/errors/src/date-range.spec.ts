import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { compareTimes, isCalendarDate, isOrderedRange, IsLaterThan, IsNotBefore } from './date-range';

describe('isCalendarDate', () => {
  it.each([
    ['2025-09-08', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-12-31', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['1000-01-01', true],
    ['0999-12-31', false],
    ['0050-01-01', false],
    ['2025-9-8', false],
    ['2025-09-08T00:00:00Z', false],
    [' 2025-09-08', false],
    ['20250908', false],
    ['', false],
    [20250908, false],
    [null, false],
  ])('%p → %p', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('compareTimes', () => {
  it.each([
    ['09:00', '12:00', -1],
    ['24:00', '23:59', 1],
    ['12:00', '12:00', 0],
    ['2025-09-08', '2025-09-09', -1],
    ['2025-12-31', '2026-01-01', -1],
    ['2025-10-01', '2025-09-30', 1],
    ['2025-09-08', '2025-09-08', 0],
    ['2026-09-08T09:00:00+08:00', '2026-09-08T00:30:00Z', 1],
    ['2026-09-08T09:00:00+08:00', '2026-09-08T01:00:00Z', 0],
    ['2026-09-08T09:00:00+08:00', '2026-09-08T10:00:00+08:00', -1],
    // Not two of one kind: their own validators speak.
    ['2026-09-08T09:00:00', '2026-09-08T10:00:00+08:00', undefined],
    ['2025-09-08', '2026-09-08T10:00:00+08:00', undefined],
    ['09:00', '2025-09-08', undefined],
    ['2025-02-30', '2025-03-01', undefined],
    ['soon', 'later', undefined],
    [undefined, '12:00', undefined],
    [900, 1200, undefined],
  ])('%p against %p: %p', (a, b, expected) => {
    const order = compareTimes(a, b);
    expect(order === undefined ? undefined : Math.sign(order)).toBe(expected);
  });
});

describe('isOrderedRange', () => {
  it.each([
    // Campaigns and programmes: dates, the same day allowed.
    ['2026-09-01', '2026-12-31', true, true],
    ['2026-09-01', '2026-09-01', true, true],
    ['2026-09-02', '2026-09-01', true, false],
    ['2026-12-31', '2027-01-01', true, true],
    // Shifts and availability: strictly later.
    ['2026-09-08T09:00:00+08:00', '2026-09-08T12:00:00+08:00', false, true],
    ['2026-09-08T09:00:00+08:00', '2026-09-08T01:00:00Z', false, false],
    ['09:00', '09:00', false, false],
    ['09:00', '24:00', false, true],
    // Not comparable: someone else's message.
    ['2026-09-02', 'not a date', false, true],
  ])('%p → %p (same time allowed: %p): %p', (start, end, sameTimeAllowed, expected) => {
    expect(isOrderedRange(start, end, sameTimeAllowed)).toBe(expected);
  });
});

class Slot {
  from: string;
  @IsLaterThan('from') to: string;
}

class Period {
  startsOn: string;
  @IsNotBefore('startsOn') endsOn: string;
}

describe('@IsLaterThan and @IsNotBefore', () => {
  const messages = (object: object): string[] =>
    validateSync(object).flatMap((error) => Object.values(error.constraints ?? {}));

  it('name both fields in the message of the end', () => {
    expect(messages(plainToInstance(Slot, { from: '12:00', to: '09:00' }))).toEqual([
      'to must be later than from',
    ]);
    expect(messages(plainToInstance(Period, { startsOn: '2025-09-09', endsOn: '2025-09-08' }))).toEqual([
      'endsOn must not be before startsOn',
    ]);
  });

  it('pass ranges in order, and the same day where it is allowed', () => {
    expect(messages(plainToInstance(Slot, { from: '09:00', to: '12:00' }))).toEqual([]);
    expect(messages(plainToInstance(Period, { startsOn: '2025-09-08', endsOn: '2025-09-08' }))).toEqual([]);
  });

  it('take a message of their own', () => {
    class Certification {
      issuedOn: string;
      @IsNotBefore('issuedOn', { message: 'expiresOn must not be earlier than issuedOn' }) expiresOn: string;
    }
    expect(
      messages(plainToInstance(Certification, { issuedOn: '2026-03-01', expiresOn: '2026-02-28' })),
    ).toEqual(['expiresOn must not be earlier than issuedOn']);
  });
});
