/** No figure is shown that was computed from fewer people than this: a small group would single someone out. */
export const MIN_GROUP_SIZE = 5;

/** A group figure: its value and how many people it was computed from, or null and `suppressed: true`. */
export interface GroupFigure {
  value: number | null;
  /** How many people it was computed from; null when suppressed (a small count can single out too). */
  n: number | null;
  suppressed: boolean;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The figure computed from `n` people, or suppressed when they are fewer than MIN_GROUP_SIZE. */
export function figure(n: number, compute: () => number): GroupFigure {
  if (n < MIN_GROUP_SIZE) return { value: null, n: null, suppressed: true };
  return { value: round2(compute()), n, suppressed: false };
}

export interface PrePost {
  pre: number;
  post: number;
}

/** Mean change (post − pre) over the people measured both times. */
export function meanChange(pairs: readonly PrePost[]): GroupFigure {
  return figure(pairs.length, () => pairs.reduce((sum, p) => sum + (p.post - p.pre), 0) / pairs.length);
}

/** The share (0–1) of people whose score moved the better way. */
export function shareImproved(pairs: readonly PrePost[], lowerIsBetter: boolean): GroupFigure {
  const improved = pairs.filter((p) => (lowerIsBetter ? p.post < p.pre : p.post > p.pre)).length;
  return figure(pairs.length, () => improved / pairs.length);
}

/** The share (0–1) of those assessed who were abstinent. */
export function abstinenceRate(outcomes: readonly ('abstinent' | 'smoking')[]): GroupFigure {
  const abstinent = outcomes.filter((o) => o === 'abstinent').length;
  return figure(outcomes.length, () => abstinent / outcomes.length);
}
