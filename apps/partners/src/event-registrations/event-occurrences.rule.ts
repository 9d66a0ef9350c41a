/** The station's zone, Asia/Shanghai: UTC+8 all year (no daylight saving since 1991). */
const STATION_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** An event expands to at most this many occurrences (the contract's bound: shifts per role). */
export const MAX_OCCURRENCES = 60;
/** One occurrence lasts at most a day, so a weekly recurrence never overlaps itself. */
export const MAX_OCCURRENCE_MS = DAY_MS;

export interface Recurrence {
  /** ISO weekdays: 1 Monday … 7 Sunday. */
  daysOfWeek: number[];
  /** The last local date (YYYY-MM-DD) an occurrence may fall on. */
  until: string;
}

export interface ScheduleInput {
  startsAt: Date;
  endsAt: Date;
  recurrence: Recurrence | null;
}

export interface Occurrence {
  /** The occurrence's local date, e.g. `2026-12-05`: stable while the event's time of day changes. */
  key: string;
  startsAt: Date;
  endsAt: Date;
}

export type ScheduleProblem =
  | { field: 'schedule.endsAt'; message: string }
  | { field: 'schedule.recurrence.until'; message: string }
  | { field: 'schedule.recurrence.daysOfWeek'; message: string };

/** The local (station) date of an instant, YYYY-MM-DD. */
export function localDate(instant: Date): string {
  return new Date(instant.getTime() + STATION_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a local date begins at the station. */
function localMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - STATION_OFFSET_MS;
}

function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/**
 * The event's concrete occurrences: the one given, or, for a weekly recurrence, one on each listed
 * weekday from the first occurrence's local date to `until` (inclusive), at the same local time of day
 * and for the same duration. Keyed by local date, so a key names the same day across edits. A problem
 * (too long, nothing or too much to expand) is answered against the field to correct.
 */
export function expandOccurrences(schedule: ScheduleInput): Occurrence[] | ScheduleProblem {
  const duration = schedule.endsAt.getTime() - schedule.startsAt.getTime();
  if (duration <= 0) return { field: 'schedule.endsAt', message: 'endsAt must be later than startsAt' };
  if (duration > MAX_OCCURRENCE_MS)
    return { field: 'schedule.endsAt', message: 'an occurrence lasts at most 24 hours' };
  const first = localDate(schedule.startsAt);
  if (!schedule.recurrence) return [{ key: first, startsAt: schedule.startsAt, endsAt: schedule.endsAt }];

  const { daysOfWeek, until } = schedule.recurrence;
  if (until < first)
    return { field: 'schedule.recurrence.until', message: 'until must not be before the first occurrence' };
  const timeOfDay = schedule.startsAt.getTime() - localMidnight(first);
  const days = new Set(daysOfWeek);
  const occurrences: Occurrence[] = [];
  for (let day = localMidnight(first); ; day += DAY_MS) {
    const date = localDate(new Date(day));
    if (date > until) break;
    if (!days.has(isoWeekday(date))) continue;
    if (occurrences.length === MAX_OCCURRENCES)
      return {
        field: 'schedule.recurrence.until',
        message: `the recurrence expands to more than ${MAX_OCCURRENCES} occurrences; choose an earlier until`,
      };
    const startsAt = new Date(day + timeOfDay);
    occurrences.push({ key: date, startsAt, endsAt: new Date(startsAt.getTime() + duration) });
  }
  if (occurrences.length === 0)
    return {
      field: 'schedule.recurrence.daysOfWeek',
      message: 'no listed weekday falls between the first occurrence and until',
    };
  return occurrences;
}
