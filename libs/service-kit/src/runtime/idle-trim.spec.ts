import { idleTrim, startIdleTrim, type IdleTrimOptions, type IdleTrimRuntime } from './idle-trim';

const MB = 1024 * 1024;
const options: IdleTrimOptions = { everyMs: 10_000, idleBusy: 0.05, quietPeriods: 2, minYoungBytes: 8 * MB };

/**
 * A runtime whose busy shares are given in turn and whose young generation a full GC shrinks to 1 MB
 * (or, with `stubborn`, only at the second GC, as V8 does when the last busy moment is recent).
 */
function fakeRuntime(busyShares: number[], youngMb: number, { stubborn = false } = {}) {
  let young = youngMb * MB;
  let collections = 0;
  const runtime: IdleTrimRuntime & { gcs: string[]; grow(mb: number): void } = {
    gcs: [],
    busyShare: () => busyShares.shift() ?? 0,
    youngBytes: () => young,
    collect() {
      runtime.gcs.push('collect');
      collections += 1;
      if (!stubborn || collections > 1) young = 1 * MB;
    },
    compact() {
      runtime.gcs.push('compact');
    },
    grow(mb) {
      young = mb * MB;
    },
  };
  return runtime;
}

const checks = (trim: { check(): string }, count: number): string[] =>
  Array.from({ length: count }, () => trim.check());

describe('idleTrim', () => {
  it('once enough quiet periods in a row lie behind: collects, then compacts at the next check', () => {
    // The first share is the period before the trim started; it is not judged.
    const runtime = fakeRuntime([0.9, 0.01, 0.04, 0.01, 0.01], 40);
    const trim = idleTrim(options, runtime);
    // One quiet period is a pause, not idleness.
    expect(checks(trim, 4)).toEqual(['nothing', 'collected', 'compacted', 'nothing']);
    expect(runtime.gcs).toEqual(['collect', 'compact']);
    expect(trim.trims).toBe(2);
  });

  it('compacts only once the young generation is small: it collects again while V8 has not shrunk it', () => {
    const runtime = fakeRuntime([0, 0.01, 0.01, 0.01, 0.01, 0.01], 40, { stubborn: true });
    const trim = idleTrim(options, runtime);
    expect(checks(trim, 5)).toEqual(['nothing', 'collected', 'collected', 'compacted', 'nothing']);
  });

  it('leaves a busy process alone, however large its young generation', () => {
    const runtime = fakeRuntime([0, 0.05, 0.3, 0.99, 0.5], 64);
    const trim = idleTrim(options, runtime);
    expect(checks(trim, 4)).toEqual(['nothing', 'nothing', 'nothing', 'nothing']);
    expect(runtime.gcs).toEqual([]);
  });

  it('starts counting again after a busy period: quiet spells must be whole', () => {
    const runtime = fakeRuntime([0, 0.01, 0.2, 0.01, 0.01], 40);
    const trim = idleTrim(options, runtime);
    expect(checks(trim, 4)).toEqual(['nothing', 'nothing', 'nothing', 'collected']);
  });

  it('trims once per idle spell: a trimmed process stays alone until work comes, then trims again', () => {
    const runtime = fakeRuntime([0, 0.01, 0.01, 0.01, 0.01, 0.4, 0.01, 0.01, 0.01], 40);
    const trim = idleTrim(options, runtime);
    expect(checks(trim, 4)).toEqual(['nothing', 'collected', 'compacted', 'nothing']);
    runtime.grow(30); // a burst of requests
    expect(checks(trim, 4)).toEqual(['nothing', 'nothing', 'collected', 'compacted']);
    expect(runtime.gcs).toEqual(['collect', 'compact', 'collect', 'compact']);
  });

  it('compacts an idle process whose young generation is small already, once', () => {
    const runtime = fakeRuntime([0, 0, 0, 0, 0], 7.9);
    const trim = idleTrim(options, runtime);
    expect(checks(trim, 4)).toEqual(['nothing', 'compacted', 'nothing', 'nothing']);
  });
});

describe('startIdleTrim', () => {
  afterEach(() => jest.useRealTimers());

  it('does nothing without a GC to call (a process started without --expose-gc)', () => {
    expect(startIdleTrim(options, null)).toBeNull();
  });

  it('judges a period every everyMs until stopped', () => {
    jest.useFakeTimers();
    const runtime = fakeRuntime([0, 0.01, 0.01, 0.01], 40);
    const trim = startIdleTrim(options, runtime)!;
    jest.advanceTimersByTime(2 * options.everyMs - 1);
    expect(runtime.gcs).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(runtime.gcs).toEqual(['collect']);
    runtime.grow(30);
    trim.stop();
    jest.advanceTimersByTime(5 * options.everyMs);
    expect(runtime.gcs).toEqual(['collect']);
  });
});
