/**
 * What every benchmark script does around its measurements: steps to undo (drop a throwaway database,
 * stop a process, delete streams) registered as it goes and run in reverse order exactly once — when it
 * ends, fails, overruns its deadline or is interrupted — and an exit code (0 ok, 1 failed or an
 * invariant broke, 3 over the deadline, 130 interrupted).
 */
type Cleanup = () => Promise<unknown>;

const cleanups: Cleanup[] = [];
let cleaning: Promise<void> | null = null;

/** Registers a step to undo at the end (the last registered runs first). */
export function onCleanup(step: Cleanup): void {
  cleanups.push(step);
}

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (let step = cleanups.pop(); step; step = cleanups.pop()) {
      try {
        await step();
      } catch (error) {
        process.stderr.write(`cleanup: ${String(error)}\n`);
      }
    }
  })();
  return cleaning;
}

/** Runs `main` (its result is the exit code), cleaning up whatever happens, within `deadlineMs`. */
export function runBenchmark(main: () => Promise<number>, deadlineMs: number): void {
  const deadline = setTimeout(() => {
    process.stderr.write(`Benchmark stopped: it took longer than ${deadlineMs / 60_000} minutes.\n`);
    void cleanUp().finally(() => process.exit(3));
  }, deadlineMs);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`Benchmark interrupted (${signal}); cleaning up.\n`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  void main()
    .catch((error: unknown) => {
      process.stderr.write(
        `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      return 1;
    })
    .then(async (code) => {
      clearTimeout(deadline);
      await cleanUp();
      process.exit(code);
    });
}
