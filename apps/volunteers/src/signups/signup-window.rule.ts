export type WindowState = 'not_open_yet' | 'open' | 'closed';

export interface SignupWindow {
  state: WindowState;
  opensAt: Date | null;
  /** When sign-ups close: the shift's closing time, or its start when it has none. */
  closesAt: Date;
}

/** Whether a volunteer may sign up now: from opensAt (if any) until closesAt, or until the shift starts. */
export function signupWindow(
  now: Date,
  shift: { opensAt: Date | null; closesAt: Date | null; startsAt: Date },
): SignupWindow {
  const closesAt = shift.closesAt ?? shift.startsAt;
  const state: WindowState =
    shift.opensAt && now < shift.opensAt ? 'not_open_yet' : now >= closesAt ? 'closed' : 'open';
  return { state, opensAt: shift.opensAt, closesAt };
}

/** The last moment a volunteer may cancel a confirmed seat themselves. */
export function cancellationDeadline(startsAt: Date, cutoffHours: number): Date {
  return new Date(startsAt.getTime() - cutoffHours * 3_600_000);
}

export function mayCancel(now: Date, startsAt: Date, cutoffHours: number): boolean {
  return now <= cancellationDeadline(startsAt, cutoffHours);
}
