import { idleTrim, startIdleTrim, type IdleTrimOptions, type IdleTrimRuntime } from './idle-trim';

const MB = 1024 * 1024;
const options: IdleTrimOptions = { everyMs: 10_000, idleBusy: 0.05, quietPeriods: 2, minYoungBytes: 8 * MB };

/** A runtime whose busy shares are given in turn and whose young generation a GC shrinks to 1 MB. */
function fakeRuntime(busyShares: number[], youngMb: number) {
  let young = youngMb * MB;
  const runtime: IdleTrimRuntime & { collections: number; grow(mb: number): void } = {
    collections: 0,
    busyShare: () => busyShares.shift() ?? 0,
    youngBytes: () => young,
    collect() {
      runtime.collections += 1;
      young = 1 * MB;
    },
    grow(mb) {
      young = mb * MB;
    },
  };
  return runtime;
}

describe('idleTrim', () => {
  it('collects once enough quiet periods in a row lie behind and the young generation holds more than the minimum', () => {
    // The first share is the period before the trim started; it is not judged.
    const runtime = fakeRuntime([0.9, 0.01, 0.04], 40);
    const trim = idleTrim(options, runtime);
    expect(trim.check()).toBe(false); // one quiet period is a pause, not idleness
    expect(trim.check()).toBe(true);
    expect(runtime.collections).toBe(1);
    expect(trim.trims).toBe(1);
  });

  it('leaves a busy process alone, however large its young generation', () => {
    const runtime = fakeRuntime([0, 0.05, 0.3, 0.99, 0.5], 64);
    const trim = idleTrim(options, runtime);
    expect([trim.check(), trim.check(), trim.check(), trim.check()]).toEqual([false, false, false, false]);
    expect(runtime.collections).toBe(0);
  });

  it('starts counting again after a busy period: quiet spells must be whole', () => {
    const runtime = fakeRuntime([0, 0.01, 0.2, 0.01, 0.01], 40);
    const trim = idleTrim(options, runtime);
    expect([trim.check(), trim.check(), trim.check(), trim.check()]).toEqual([false, false, false, true]);
  });

  it('collects once per idle spell: a trimmed process stays alone until work grows the space again', () => {
    const runtime = fakeRuntime([0, 0.01, 0.01, 0.01, 0.01, 0.4, 0.01, 0.01], 40);
    const trim = idleTrim(options, runtime);
    expect([trim.check(), trim.check(), trim.check(), trim.check()]).toEqual([false, true, false, false]);
    runtime.grow(30); // a burst of requests
    expect(trim.check()).toBe(false); // the busy period itself
    expect([trim.check(), trim.check()]).toEqual([false, true]); // idle again
    expect(runtime.collections).toBe(2);
  });

  it('leaves a small young generation alone', () => {
    const runtime = fakeRuntime([0, 0, 0, 0], 7.9);
    const trim = idleTrim(options, runtime);
    expect([trim.check(), trim.check(), trim.check()]).toEqual([false, false, false]);
    expect(runtime.collections).toBe(0);
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
    expect(runtime.collections).toBe(0);
    jest.advanceTimersByTime(1);
    expect(runtime.collections).toBe(1);
    runtime.grow(30);
    trim.stop();
    jest.advanceTimersByTime(5 * options.everyMs);
    expect(runtime.collections).toBe(1);
  });
});
