const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A local date written YYYY-MM-DD that names a real day (no 2025-02-29). Programme dates are days in
 * the station's zone, not instants, so they carry no time and no offset.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // MySQL's DATE is only guaranteed from year 1000 on.
  if (year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A programme may end on the day it starts (a one-day salon), never before. */
export function isValidDateRange(startsOn: string, endsOn: string): boolean {
  // Zero-padded YYYY-MM-DD strings sort as the days they name.
  return endsOn >= startsOn;
}
