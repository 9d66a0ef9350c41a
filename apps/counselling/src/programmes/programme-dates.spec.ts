import { isCalendarDate, isValidDateRange } from './programme-dates';

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

describe('isValidDateRange', () => {
  it.each([
    ['2025-09-08', '2025-09-08', true],
    ['2025-09-08', '2025-09-09', true],
    ['2025-09-30', '2025-10-01', true],
    ['2025-12-31', '2026-01-01', true],
    ['2025-09-09', '2025-09-08', false],
    ['2026-01-01', '2025-12-31', false],
  ])('%s → %s: %p', (startsOn, endsOn, expected) => {
    expect(isValidDateRange(startsOn, endsOn)).toBe(expected);
  });
});
