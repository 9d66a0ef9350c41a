/** A throttle rule: at most `limit` failures within any `windowMs`. */
export interface ThrottleRule {
  limit: number;
  windowMs: number;
}

/**
 * Seconds until another attempt is allowed, or null when one is allowed now. `recent` holds the latest
 * failures within the window, newest first, at most `limit` of them: with `limit` of them the throttle
 * is on, and it lifts when the oldest of those leaves the window.
 */
export function retryAfterSeconds(recent: readonly Date[], rule: ThrottleRule, now: Date): number | null {
  if (recent.length < rule.limit) return null;
  const liftsAt = recent[rule.limit - 1].getTime() + rule.windowMs;
  const waitMs = liftsAt - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : null;
}

/** The longer wait of several rules (null when none is engaged). */
export function longestWait(waits: readonly (number | null)[]): number | null {
  const engaged = waits.filter((w): w is number => w !== null);
  return engaged.length > 0 ? Math.max(...engaged) : null;
}
