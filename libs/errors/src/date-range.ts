import { buildMessage, ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

const CLOCK_TIME = /^\d{2}:\d{2}$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Without an offset an instant means different things in different zones; its own validator says so.
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A local date written YYYY-MM-DD that names a real day (no 2025-02-29). Such dates are days in the
 * station's zone, not instants, so they carry no time and no offset.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // MySQL's DATE is only guaranteed from year 1000 on.
  if (year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Orders two times of one kind: clock times (HH:MM, 24:00 too), calendar dates (YYYY-MM-DD) or ISO 8601
 * instants with an offset (compared as instants, so offsets count). Negative, 0 or positive as `a` is
 * before, at or after `b`; undefined when they are not two of one kind (missing, malformed, mixed, an
 * instant without an offset), which the fields' own validators report.
 */
export function compareTimes(a: unknown, b: unknown): number | undefined {
  if (typeof a !== 'string' || typeof b !== 'string') return undefined;
  // Zero-padded clock times and dates sort as the times and days they name.
  if (CLOCK_TIME.test(a) && CLOCK_TIME.test(b)) return compareText(a, b);
  if (isCalendarDate(a) && isCalendarDate(b)) return compareText(a, b);
  if (!WITH_OFFSET.test(a) || !WITH_OFFSET.test(b)) return undefined;
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? undefined : x - y;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * False only when `end` comes before `start` (or at the same time, unless `sameTimeAllowed`); true when
 * they cannot be compared, so a malformed value gets its own field's message and not this one too.
 */
export function isOrderedRange(start: unknown, end: unknown, sameTimeAllowed: boolean): boolean {
  const order = compareTimes(end, start);
  return order === undefined || order > 0 || (sameTimeAllowed && order === 0);
}

function rangeEnd(
  name: string,
  property: string,
  sameTimeAllowed: boolean,
  words: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name,
      constraints: [property],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          isOrderedRange(
            (args?.object as Record<string, unknown> | undefined)?.[property],
            value,
            sameTimeAllowed,
          ),
        defaultMessage: buildMessage((each) => `${each}$property ${words} $constraint1`, options),
      },
    },
    options,
  );
}

/**
 * The end of a range: the value comes after another field of the same object (see compareTimes), checked
 * with the other fields so a client learns every problem from one 400, against the field to correct.
 */
export function IsLaterThan(property: string, options?: ValidationOptions): PropertyDecorator {
  return rangeEnd('isLaterThan', property, false, 'must be later than', options);
}

/** Like @IsLaterThan, but the same time is fine too: a one-day programme ends on the day it starts. */
export function IsNotBefore(property: string, options?: ValidationOptions): PropertyDecorator {
  return rangeEnd('isNotBefore', property, true, 'must not be before', options);
}
