import type { WaitlistPromotion } from '../shifts/shift-status';

export interface WaitlistEntry {
  id: string;
  /** Handed out under the shift's row lock, one after another: the order volunteers joined. */
  waitlistTicket: number | null;
}

/** The order the waitlist is served in: by ticket, first come first served. */
export function waitlistOrder<T extends WaitlistEntry>(entries: readonly T[]): T[] {
  const ticket = (e: WaitlistEntry): number => e.waitlistTicket ?? Number.MAX_SAFE_INTEGER;
  return [...entries].sort((a, b) => ticket(a) - ticket(b) || a.id.localeCompare(b.id));
}

/** Each waitlisted sign-up's place in line now (1 is next), whatever tickets have left the line. */
export function waitlistPositions(entries: readonly WaitlistEntry[]): Map<string, number> {
  return new Map(waitlistOrder(entries).map((entry, index) => [entry.id, index + 1]));
}

/**
 * The next to promote: the first in line who may take the seat now. Those who may not (they hold an
 * overlapping confirmed shift) keep their place for a later seat.
 */
export function nextInLine<T extends WaitlistEntry>(
  entries: readonly T[],
  passedOver: ReadonlySet<string>,
): T | null {
  return waitlistOrder(entries).find((entry) => !passedOver.has(entry.id)) ?? null;
}

export type Promotion =
  { status: 'confirmed'; offerExpiresAt: null } | { status: 'offered'; offerExpiresAt: Date };

/** What a promotion gives, per the shift's setting: the seat at once, or an offer with a deadline. */
export function promotion(mode: WaitlistPromotion, now: Date, claimMinutes: number): Promotion {
  return mode === 'auto'
    ? { status: 'confirmed', offerExpiresAt: null }
    : { status: 'offered', offerExpiresAt: new Date(now.getTime() + claimMinutes * 60_000) };
}

/** An offer is gone once its deadline is reached. */
export function offerExpired(offerExpiresAt: Date | null, now: Date): boolean {
  return offerExpiresAt !== null && now >= offerExpiresAt;
}
