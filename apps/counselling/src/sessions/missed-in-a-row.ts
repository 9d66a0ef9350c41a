/** A member is flagged to the facilitator after missing this many sessions in a row. */
export const MISSES_FLAGGED = 2;

/**
 * How many sessions in a row a member has missed, counted back from the latest session whose register
 * was taken for them (sessions in time order). Coming to one ends the run.
 */
export function missedInARow(register: readonly ('present' | 'absent')[]): number {
  let missed = 0;
  for (let i = register.length - 1; i >= 0 && register[i] === 'absent'; i -= 1) missed += 1;
  return missed;
}
