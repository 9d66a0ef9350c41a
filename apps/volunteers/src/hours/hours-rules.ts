import { STATION_TIME_ZONE } from '../time/local-date';
import { HoursError } from './hours.error';
import { splitByLocalDate } from './local-day-split';

/**
 * Service-time rules (民政部《志愿服务记录办法》 and common university practice): only time actually
 * served counts, travel excluded; it is counted in half-hour units, rounded down; a local calendar day
 * counts at most 8 hours. Hours travel as decimal strings with two places ("3.50"), as MySQL DECIMAL
 * columns hand them back, and are reckoned internally in whole half-hour units so no float creeps in.
 */

export const HALF_HOUR_MS = 30 * 60_000;
export const MAX_HOURS_PER_DAY = 8;
const MAX_UNITS_PER_DAY = MAX_HOURS_PER_DAY * 2;
/** Star levels proposed in the draft national rules: 1 to 5 stars at these verified totals. */
export const STAR_THRESHOLDS_HOURS = [100, 300, 600, 1000, 1500] as const;

/** A decimal hours value: "3.50" or 3.5. */
export type HoursValue = string | number;

export interface ServiceHoursInput {
  checkIn: Date;
  checkOut: Date;
  /** Travel within the attended span, which does not count as service. */
  travelMinutes?: number;
  timeZone?: string;
}

export interface ServiceHoursDay {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  hours: string;
  units: number;
  /** The 8-hour limit cut this day short. */
  capped: boolean;
}

export interface ServiceHours {
  hours: string;
  units: number;
  /** Minutes from check-in to check-out less travel, before rounding and the daily limit. */
  servedMinutes: number;
  byDate: ServiceHoursDay[];
}

/**
 * Hours for one attendance. Travel is taken from each local day in proportion to the time attended
 * that day, since a record does not say when the travelling happened. Each day is held to 8 hours; the
 * whole is rounded down to half hours, and the half-hour units go to the days by the largest-remainder
 * method, so a shift over midnight (21:15–01:15) earns the same 4.00 as one that is not.
 */
export function computeServiceHours(input: ServiceHoursInput): ServiceHours {
  const { checkIn, checkOut, travelMinutes = 0, timeZone = STATION_TIME_ZONE } = input;
  if (Number.isNaN(checkIn.getTime()) || Number.isNaN(checkOut.getTime()) || checkOut <= checkIn) {
    throw new HoursError(
      'CHECK_OUT_NOT_AFTER_CHECK_IN',
      `Check-out (${instantText(checkOut)}) must be after check-in (${instantText(checkIn)}).`,
    );
  }
  if (!Number.isFinite(travelMinutes) || travelMinutes < 0) {
    throw new HoursError('INVALID_HOURS', `Travel time must be 0 minutes or more; got ${travelMinutes}.`);
  }

  const attendedMs = checkOut.getTime() - checkIn.getTime();
  const travelMs = Math.round(travelMinutes * 60_000);
  if (travelMs > attendedMs) {
    throw new HoursError(
      'TRAVEL_EXCEEDS_ATTENDANCE',
      `Travel (${travelMinutes} min) is longer than the time between check-in and check-out (${attendedMs / 60_000} min).`,
    );
  }

  // Day d served partMs × served / attended; BigInt keeps the products exact.
  const attended = BigInt(attendedMs);
  const served = BigInt(attendedMs - travelMs);
  const denominator = attended * BigInt(HALF_HOUR_MS);
  const cap = BigInt(MAX_UNITS_PER_DAY) * denominator;
  const days = splitByLocalDate(checkIn, checkOut, timeZone).map(({ date, milliseconds }) => {
    const numerator = BigInt(milliseconds) * served;
    const capped = numerator > cap;
    const kept = capped ? cap : numerator;
    return { date, capped, kept, units: Number(kept / denominator), remainder: kept % denominator };
  });

  const totalUnits = Number(days.reduce((sum, day) => sum + day.kept, 0n) / denominator);
  let leftover = totalUnits - days.reduce((sum, day) => sum + day.units, 0);
  const byRemainder = days
    .map((day, index) => ({ index, remainder: day.remainder }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (leftover === 0) break;
    days[index].units += 1; // a day with a remainder is under 8 h, so this stays within the limit
    leftover -= 1;
  }

  return {
    hours: unitsToHours(totalUnits),
    units: totalUnits,
    servedMinutes: (attendedMs - travelMs) / 60_000,
    byDate: days.map(({ date, units, capped }) => ({ date, hours: unitsToHours(units), units, capped })),
  };
}

export interface CappedHours {
  /** What may be recorded now. */
  hours: string;
  units: number;
  /** What the 8-hour limit took off. */
  trimmedHours: string;
}

/** Holds new hours on a date to what is left of that date's 8 hours after the hours already there. */
export function applyDailyCap(existingHoursOnDate: HoursValue, newHours: HoursValue): CappedHours {
  const existing = hoursToUnits(existingHoursOnDate);
  const wanted = hoursToUnits(newHours);
  const units = Math.min(wanted, Math.max(0, MAX_UNITS_PER_DAY - existing));
  return { hours: unitsToHours(units), units, trimmedHours: unitsToHours(wanted - units) };
}

/**
 * Applies the daily limit to every date of a computed record, given the hours the volunteer already has
 * on those dates (from other records). Dates missing from `existingByDate` have none.
 */
export function applyDailyCapToRecord(
  record: ServiceHours,
  existingByDate: ReadonlyMap<string, HoursValue> | Readonly<Record<string, HoursValue>>,
): ServiceHours {
  const existing: ReadonlyMap<string, HoursValue> =
    existingByDate instanceof Map
      ? (existingByDate as ReadonlyMap<string, HoursValue>)
      : new Map(Object.entries(existingByDate as Readonly<Record<string, HoursValue>>));
  const byDate = record.byDate.map((day) => {
    const capped = applyDailyCap(existing.get(day.date) ?? 0, day.hours);
    return {
      ...day,
      hours: capped.hours,
      units: capped.units,
      capped: day.capped || capped.units < day.units,
    };
  });
  const units = byDate.reduce((sum, day) => sum + day.units, 0);
  return { ...record, hours: unitsToHours(units), units, byDate };
}

export interface StarLevel {
  /** 0 (none yet) to 5. */
  level: number;
  /** Verified hours needed for the next star, or null at 5 stars. */
  nextLevelAtHours: number | null;
  hoursToNextLevel: string | null;
}

export function starLevel(totalVerifiedHours: HoursValue): StarLevel {
  const cents = hoursToCents(totalVerifiedHours);
  const level = STAR_THRESHOLDS_HOURS.filter((threshold) => cents >= threshold * 100).length;
  const next = STAR_THRESHOLDS_HOURS[level] as number | undefined;
  return next === undefined
    ? { level, nextLevelAtHours: null, hoursToNextLevel: null }
    : { level, nextLevelAtHours: next, hoursToNextLevel: centsToHours(next * 100 - cents) };
}

/** Sums hours values exactly ("0.10" + "0.20" is "0.30"). */
export function sumHours(values: Iterable<HoursValue>): string {
  let cents = 0;
  for (const value of values) cents += hoursToCents(value);
  return centsToHours(cents);
}

/** A value in the canonical two-place form: 3.5 → "3.50". */
export function formatHours(hours: HoursValue): string {
  return centsToHours(hoursToCents(hours));
}

export function unitsToHours(units: number): string {
  return centsToHours(units * 50);
}

/** Whole half-hour units in a value; a value that is not a whole number of half hours is refused. */
export function hoursToUnits(hours: HoursValue): number {
  const cents = hoursToCents(hours);
  if (cents % 50 !== 0) {
    throw new HoursError(
      'INVALID_HOURS',
      `Hours are counted in half hours; ${String(hours)} is not a multiple of 0.5.`,
    );
  }
  return cents / 50;
}

const DECIMAL = /^\d{1,7}(\.\d{1,2})?$/;

function hoursToCents(hours: HoursValue): number {
  if (typeof hours === 'number') {
    const cents = Math.round(hours * 100);
    if (!Number.isFinite(hours) || hours < 0 || Math.abs(cents - hours * 100) > 1e-6) {
      throw new HoursError(
        'INVALID_HOURS',
        `${hours} is not a valid number of hours (0 or more, two decimals).`,
      );
    }
    return cents;
  }
  const text = hours.trim();
  if (!DECIMAL.test(text)) {
    throw new HoursError(
      'INVALID_HOURS',
      `"${hours}" is not a valid number of hours (0 or more, two decimals).`,
    );
  }
  const [whole, fraction = ''] = text.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

function instantText(instant: Date): string {
  return Number.isNaN(instant.getTime()) ? 'not a valid time' : instant.toISOString();
}

function centsToHours(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
