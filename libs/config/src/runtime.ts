/**
 * V8 options every Linkage app runs with.
 *
 * `--max-semi-space-size=64`: a larger young generation (64 MB semi-spaces instead of V8's default of a
 * few) lets the short-lived objects of a request die young without being copied: GC pauses went from
 * ~9% of wall time under load to ~1% on the 2-core machine of issue 15, and the sign-up storm runs
 * 10–15% faster than with 16 MB (1,289/1,145 against 1,103/1,068 sign-ups/s, same session).
 *
 * `--expose-gc`: the space is not free at rest. Start-up fills it and V8 keeps it until a GC finds the
 * allocation rate low, which in an idle process never comes: ~40 MB of unused young generation per app.
 * With a GC to call, a quiet app collects once and V8 gives the space back
 * (libs/service-kit/src/runtime/idle-trim.ts). The Dockerfile sets the same in NODE_OPTIONS.
 */
export const RUNTIME_NODE_OPTIONS = '--max-semi-space-size=64 --expose-gc';

/**
 * The C library's allocator, for what V8 and Node allocate outside the JS heap (compiler zones, ICU,
 * OpenSSL). By default glibc raises its mmap threshold after a large block is freed, so later large
 * blocks come from the heap, and once freed stay there: start-up's compilations left ~5 MB so held in
 * each idle app. A fixed threshold (glibc's default of 128 KiB, set, which also fixes the trim
 * threshold) returns them: idle counselling 114–116 → 109–110 MB. The Dockerfile sets the same.
 */
export const RUNTIME_ENV = { MALLOC_MMAP_THRESHOLD_: '131072' } as const;

/**
 * The environment with RUNTIME_NODE_OPTIONS added to NODE_OPTIONS and RUNTIME_ENV to the variables,
 * each unless it is there already (sized otherwise, say).
 */
export function withRuntimeOptions(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const given = env.NODE_OPTIONS ?? '';
  const missing = RUNTIME_NODE_OPTIONS.split(' ').filter((option) => !given.includes(option.split('=')[0]));
  const unset = Object.entries(RUNTIME_ENV).filter(([name]) => env[name] === undefined);
  if (missing.length === 0 && unset.length === 0) return env;
  return {
    ...env,
    ...Object.fromEntries(unset),
    NODE_OPTIONS: [given, ...missing].join(' ').trim(),
  };
}
