/** Under-staffed this close to its start, a shift (and its event) is at risk. */
export const AT_RISK_WINDOW_MS = 48 * 3_600_000;

export interface ShiftCount {
  capacity: number;
  confirmed: number;
  waitlisted: number;
  pending: number;
  startsAt: Date;
}

export interface EventStaffingSummary {
  needed: number;
  confirmed: number;
  waitlisted: number;
  pending: number;
  fullyStaffed: boolean;
  atRisk: boolean;
}

/** Starts within the window from now (and has not started yet). */
function startsSoon(startsAt: Date, now: Date): boolean {
  const ahead = startsAt.getTime() - now.getTime();
  return ahead > 0 && ahead <= AT_RISK_WINDOW_MS;
}

/** A shift is at risk when it starts within 48 hours with fewer confirmed than places. */
export function shiftAtRisk(shift: ShiftCount, now: Date): boolean {
  return shift.confirmed < shift.capacity && startsSoon(shift.startsAt, now);
}

/**
 * An event's staffing from its shifts' counts. `needed` is what the event asks for (roles' counts ×
 * occurrences), so a shift volunteers has not reported yet counts as unstaffed; an approved event is at
 * risk when a shift is, or when an occurrence starts within 48 hours and no shift has been reported.
 */
export function eventStaffing(
  event: { approved: boolean; needed: number; occurrenceStarts: Date[] },
  shifts: readonly ShiftCount[],
  now: Date,
): EventStaffingSummary {
  const sum = (key: 'confirmed' | 'waitlisted' | 'pending') => shifts.reduce((n, s) => n + s[key], 0);
  const confirmed = sum('confirmed');
  const unreported =
    shifts.length === 0 && event.needed > 0 && event.occurrenceStarts.some((s) => startsSoon(s, now));
  return {
    needed: event.needed,
    confirmed,
    waitlisted: sum('waitlisted'),
    pending: sum('pending'),
    fullyStaffed: event.needed > 0 && confirmed >= event.needed,
    atRisk: event.approved && (shifts.some((s) => shiftAtRisk(s, now)) || unreported),
  };
}
