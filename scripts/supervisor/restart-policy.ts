/**
 * When to restart an app that exited on its own under `npm start`: soon after a first failure, then
 * backing off so a crash loop does not flood the terminal, and from the start again once it had run well.
 */
export interface RestartPolicy {
  /** The delay before the first restart in a row; each quick failure after it doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A run at least this long was a healthy one: the next failure counts from the first delay again. */
  healthyAfterMs: number;
}

/** 1 s, 2 s, 4 s … 30 s; a minute of running resets it. */
export const RESTART_POLICY: RestartPolicy = { firstDelayMs: 1000, maxDelayMs: 30000, healthyAfterMs: 60000 };

export interface Restart {
  /** 1 for the first restart in a row. */
  attempt: number;
  delayMs: number;
}

/** The restart after a run of `ranForMs` that followed `previousAttempt` restarts in a row (0: none). */
export function nextRestart(previousAttempt: number, ranForMs: number, policy = RESTART_POLICY): Restart {
  const attempt = ranForMs >= policy.healthyAfterMs ? 1 : previousAttempt + 1;
  const delayMs = Math.min(policy.firstDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  return { attempt, delayMs };
}

/** "2 s", "1.5 s", "250 ms". */
export function describeDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

/** "exited with code 1", "was killed by SIGKILL". */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (code !== null) return `exited with code ${code}`;
  return signal ? `was killed by ${signal}` : 'could not be started';
}
