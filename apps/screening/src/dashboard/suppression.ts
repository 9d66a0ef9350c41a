/**
 * Small-cell suppression: a count from 1 to 4 could single a resident out (the one positive 85-year-old
 * man of a community), so it is not shown to partners. Zero is shown: "nobody" names no one. A rate is
 * hidden when either of its counts is.
 */
export const SUPPRESS_BELOW = 5;

export interface Figure {
  value: number | null;
  suppressed: boolean;
}

export function figure(count: number, suppress: boolean): Figure {
  return suppress && count > 0 && count < SUPPRESS_BELOW
    ? { value: null, suppressed: true }
    : { value: count, suppressed: false };
}

/** The share (0–1, three decimals) of the part in the whole; null for no whole or a hidden count. */
export function rate(part: Figure, whole: Figure): number | null {
  if (part.value === null || whole.value === null || whole.value === 0) return null;
  return Math.round((part.value / whole.value) * 1000) / 1000;
}
