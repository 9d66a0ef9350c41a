/** How far ahead of the server's clock a device's time may be: tablets' clocks drift. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Whether a time a device gave (a consent taken, a result administered, entered later from a device
 * that was offline) is later than now beyond that drift: it cannot have happened yet.
 */
export function isInTheFuture(instant: Date, now: number = Date.now()): boolean {
  return instant.getTime() > now + CLOCK_SKEW_MS;
}
