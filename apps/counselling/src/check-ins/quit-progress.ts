import { addDays, daysBetween } from './local-date';

/** What the progress rules read of a check-in. */
export interface DayRecord {
  localDate: string;
  cigarettes: number;
  lapse: boolean;
}

/** A day smoke-free: no lapse flagged and no cigarette counted. */
export const smokeFree = (day: DayRecord): boolean => !day.lapse && day.cigarettes === 0;

/**
 * Smoke-free days in a row: counted back from the latest check-in, over consecutive days on or after
 * the quit date that each have a smoke-free check-in. A lapse (or a cigarette) resets it to 0; a day
 * without a check-in ends the run too, since nobody knows how that day went.
 */
export function smokeFreeStreak(quitDate: string, days: readonly DayRecord[]): number {
  const byDate = new Map(days.map((d) => [d.localDate, d]));
  const latest = [...byDate.keys()].sort().at(-1);
  let streak = 0;
  for (let day = latest; day !== undefined && day >= quitDate; day = addDays(day, -1)) {
    const record = byDate.get(day);
    if (!record || !smokeFree(record)) break;
    streak += 1;
  }
  return streak;
}

/** The weeks after the quit date at which 7-day point-prevalence abstinence is assessed. */
export const ASSESSMENT_WEEKS = [4, 12, 26] as const;

export type PointPrevalence = 'abstinent' | 'smoking' | 'not_due';

/**
 * 7-day point-prevalence abstinence at a week: smoke-free on each of the 7 days ending on the quit date
 * plus `week` weeks. A day without a check-in counts as smoking (the usual conservative reading: missing
 * is smoking); before that day has passed it is not due.
 */
export function pointPrevalence(
  quitDate: string,
  week: number,
  days: readonly DayRecord[],
  today: string,
): PointPrevalence {
  const assessedOn = addDays(quitDate, week * 7);
  if (daysBetween(assessedOn, today) < 0) return 'not_due';
  const byDate = new Map(days.map((d) => [d.localDate, d]));
  for (let i = 0; i < 7; i += 1) {
    const record = byDate.get(addDays(assessedOn, -i));
    if (!record || !smokeFree(record)) return 'smoking';
  }
  return 'abstinent';
}
