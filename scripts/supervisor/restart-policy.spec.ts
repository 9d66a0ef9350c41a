import { describeDelay, describeExit, nextRestart, RESTART_POLICY } from './restart-policy';

describe('restart policy', () => {
  it.each([
    // previous attempt, ran for (ms), → attempt, delay (ms)
    [0, 500, 1, 1000],
    [1, 1500, 2, 2000],
    [2, 3000, 3, 4000],
    [3, 100, 4, 8000],
    [4, 100, 5, 16000],
    [5, 100, 6, 30000],
    [6, 100, 7, 30000],
    [40, 100, 41, 30000],
    [1200, 100, 1201, 30000],
    [6, 59999, 7, 30000],
    [6, 60000, 1, 1000],
    [0, 3_600_000, 1, 1000],
  ])('after attempt %d and a run of %d ms: attempt %d in %d ms', (previous, ranFor, attempt, delayMs) => {
    expect(nextRestart(previous, ranFor)).toEqual({ attempt, delayMs });
  });

  it('follows a given policy', () => {
    const policy = { ...RESTART_POLICY, firstDelayMs: 100, maxDelayMs: 400, healthyAfterMs: 5000 };
    const delays: number[] = [];
    let attempt = 0;
    for (let i = 0; i < 5; i++) {
      const restart = nextRestart(attempt, 200, policy);
      attempt = restart.attempt;
      delays.push(restart.delayMs);
    }
    expect(delays).toEqual([100, 200, 400, 400, 400]);
    expect(nextRestart(attempt, 5000, policy)).toEqual({ attempt: 1, delayMs: 100 });
  });

  it.each([
    [1000, '1 s'],
    [2000, '2 s'],
    [30000, '30 s'],
    [1500, '1.5 s'],
    [250, '250 ms'],
  ])('says %d ms as "%s"', (ms, words) => {
    expect(describeDelay(ms)).toBe(words);
  });

  it.each([
    [1, null, 'exited with code 1'],
    [0, null, 'exited with code 0'],
    [null, 'SIGKILL', 'was killed by SIGKILL'],
    [null, null, 'could not be started'],
  ] as const)('says code %s, signal %s as "%s"', (code, signal, words) => {
    expect(describeExit(code, signal)).toBe(words);
  });
});
