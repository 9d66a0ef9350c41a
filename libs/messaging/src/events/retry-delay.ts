/**
 * The delay before the next attempt after `failures` failed ones: doubling from `baseMs`, capped at
 * `maxMs`, with up to 20 % jitter so replicas retrying together spread out.
 */
export function retryDelay(failures: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  const delay = Math.min(maxMs, baseMs * 2 ** exponent);
  return Math.round(delay * (1 - 0.2 * random()));
}
