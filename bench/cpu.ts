import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) the processes have used so far, from /proc/<pid>/stat; null where /proc
 * is not there. Throughput on a shared machine moves with its load, but CPU spent per request hardly
 * does: the benchmark prints both.
 */
export function cpuSeconds(pids: readonly number[]): number | null {
  try {
    return pids.reduce((sum, pid) => {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    }, 0);
  } catch {
    return null;
  }
}

/** CPU per answer as printed: whole microseconds, or n/a without /proc. */
export function cpuText(us: number | null): string {
  return us === null ? 'n/a' : `${us.toFixed(0)} µs`;
}
