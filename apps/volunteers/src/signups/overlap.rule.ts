export interface TimeSpan {
  startsAt: Date;
  endsAt: Date;
}

/** Two spans overlap when each starts before the other ends; back-to-back shifts do not overlap. */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** The held spans that overlap the one asked for. */
export function clashes<T extends TimeSpan>(wanted: TimeSpan, held: readonly T[]): T[] {
  return held.filter((span) => overlaps(wanted, span));
}
