import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';

/**
 * Gives the young generation back when the process goes quiet (issue 15: idle memory).
 *
 * The apps run with 64 MB semi-spaces (libs/config/src/runtime.ts) so that a busy request path's garbage
 * dies young. Start-up alone (modules, migrations, the API document) fills that space, and V8 shrinks it
 * only at the end of a GC that finds the last few seconds' allocation low. An idle process allocates
 * too little to collect at all, so it kept ~40 MB of young generation it did not use: a third of its
 * memory.
 *
 * So every `everyMs` this looks at the period just ended. Once the event loop has been busy less than
 * `idleBusy` of the time for `quietPeriods` periods in a row (half a minute: a pause between bursts of
 * requests is not idleness), and the young generation holds more than `minYoungBytes`, it runs a full
 * GC. With quiet seconds behind it, V8 sees the low rate and gives the space back. At the next check it
 * compacts once, which returns the old-space pages start-up left part-empty (~5 MB). An idle spell
 * costs two GCs, at most a few, and then nothing: the space stays small until work grows it again. A
 * busy process is never touched.
 */
export interface IdleTrimOptions {
  /** How long a period is judged at a time. */
  everyMs: number;
  /** The share of a period the event loop may be busy for the process to count as quiet. */
  idleBusy: number;
  /** How many quiet periods in a row make the process idle. */
  quietPeriods: number;
  /** A young generation holding less than this is left alone. */
  minYoungBytes: number;
}

export const IDLE_TRIM_DEFAULTS: IdleTrimOptions = {
  everyMs: 10_000,
  idleBusy: 0.05,
  quietPeriods: 3,
  minYoungBytes: 8 * 1024 * 1024,
};

/** What the trim reads and does, apart from the clock; tests give their own. */
export interface IdleTrimRuntime {
  /** The event loop's busy share since the previous call (the first call: since the process began). */
  busyShare(): number;
  /** Bytes of memory the young generation holds now. */
  youngBytes(): number;
  /** A full, synchronous GC. */
  collect(): void;
  /** A full, synchronous GC that also compacts the old generation. */
  compact(): void;
}

export interface IdleTrimDecision {
  /** Judges the period just ended: what it did. */
  check(): 'collected' | 'compacted' | 'nothing';
  /** How many GCs it has run, of either kind. */
  readonly trims: number;
}

export interface IdleTrim extends IdleTrimDecision {
  stop(): void;
}

/**
 * Starts the trim on a timer that does not keep the process alive. Without a GC to call (the process
 * was started without `--expose-gc`, as tests are) it does nothing and says so by returning null.
 */
export function startIdleTrim(
  options: IdleTrimOptions = IDLE_TRIM_DEFAULTS,
  runtime: IdleTrimRuntime | null = v8Runtime(),
): IdleTrim | null {
  if (!runtime) return null;
  const trim = idleTrim(options, runtime);
  const timer = setInterval(() => trim.check(), options.everyMs);
  timer.unref();
  return {
    check: () => trim.check(),
    get trims() {
      return trim.trims;
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * The decision alone, driven by whoever calls `check` once a period. In an idle spell it first collects
 * until V8 has given the young generation back, then compacts once. Compacting copies the live heap
 * (~45 MB) into fresh pages before it frees the old ones; done while the young generation still held
 * its ~40 MB, that lifted the app's peak RSS by as much.
 */
export function idleTrim(options: IdleTrimOptions, runtime: IdleTrimRuntime): IdleTrimDecision {
  let trims = 0;
  let quiet = 0;
  let compacted = false;
  runtime.busyShare(); // the first period starts now
  return {
    check() {
      if (runtime.busyShare() < options.idleBusy) quiet += 1;
      else [quiet, compacted] = [0, false];
      if (quiet < options.quietPeriods) return 'nothing';
      if (runtime.youngBytes() >= options.minYoungBytes) {
        runtime.collect();
        trims += 1;
        return 'collected';
      }
      if (compacted) return 'nothing';
      runtime.compact();
      compacted = true;
      trims += 1;
      return 'compacted';
    },
    get trims() {
      return trims;
    },
  };
}

/** This process's V8, or null when it was not started with `--expose-gc`. */
export function v8Runtime(): IdleTrimRuntime | null {
  // Called without options: with any, Node 20's V8 runs a scavenge instead of a full GC.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return null;
  let last: EventLoopUtilization = performance.eventLoopUtilization();
  return {
    busyShare() {
      const now = performance.eventLoopUtilization();
      const period = performance.eventLoopUtilization(now, last);
      last = now;
      return period.utilization;
    },
    youngBytes() {
      return getHeapSpaceStatistics()
        .filter((space) => space.space_name === 'new_space' || space.space_name === 'new_large_object_space')
        .reduce((sum, space) => sum + space.physical_space_size, 0);
    },
    collect() {
      gc();
    },
    compact() {
      setFlagsFromString('--compact-on-every-full-gc');
      try {
        gc();
      } finally {
        setFlagsFromString('--no-compact-on-every-full-gc');
      }
    },
  };
}
