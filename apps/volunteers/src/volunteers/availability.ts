/** One weekly slot a volunteer is usually free: ISO weekday (1 Monday … 7 Sunday), local clock times. */
export interface AvailabilitySlot {
  weekday: number;
  from: string;
  to: string;
}

/** Slots in week order with exact repeats dropped, so the stored list reads the same however it was sent. */
export function normaliseAvailability(slots: readonly AvailabilitySlot[]): AvailabilitySlot[] {
  const seen = new Set<string>();
  return [...slots]
    .map(({ weekday, from, to }) => ({ weekday, from, to }))
    .sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .filter((slot) => {
      const key = `${slot.weekday} ${slot.from} ${slot.to}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
