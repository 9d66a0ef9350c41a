import { spawn } from 'node:child_process';
import { join } from 'node:path';

// The idle trim (libs/service-kit/src/runtime/idle-trim.ts, built into dist/ as npm test does first) in
// a real V8 with the apps' runtime options: a burst of request-like garbage grows the young generation,
// then the process goes quiet but for a heartbeat, as an idle app does. Short periods keep the test fast.
const idleTrimJs = join(
  __dirname,
  '..',
  '..',
  'dist',
  'libs',
  'service-kit',
  'src',
  'runtime',
  'idle-trim.js',
);
const PERIOD_MS = 2000;

const script = `
  const { startIdleTrim, v8Runtime } = require(${JSON.stringify(idleTrimJs)});
  const MB = 1024 * 1024;
  const runtime = v8Runtime();
  const trim = startIdleTrim({ everyMs: ${PERIOD_MS}, idleBusy: 0.05, quietPeriods: 2, minYoungBytes: 8 * MB }, runtime);
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  (async () => {
    let live = [];
    const end = Date.now() + ${PERIOD_MS};
    while (Date.now() < end) {
      for (let i = 0; i < 50000; i++) {
        live.push({ i, text: 'request ' + i });
        if (live.length > 200000) live = [];
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    live = [];
    const report = { busyYoungMb: runtime.youngBytes() / MB, trimsWhileBusy: trim.trims };
    const heartbeat = setInterval(() => Array.from({ length: 50 }, (_, i) => ({ i })), 100);
    let quietMs = 0;
    while (runtime.youngBytes() >= 8 * MB && quietMs < 10 * ${PERIOD_MS}) {
      await sleep(100);
      quietMs += 100;
    }
    Object.assign(report, { quietMs, quietYoungMb: runtime.youngBytes() / MB, trimsToShrink: trim.trims });
    await sleep(1.5 * ${PERIOD_MS});
    report.trimsWithCompaction = trim.trims;
    await sleep(2 * ${PERIOD_MS});
    Object.assign(report, { laterYoungMb: runtime.youngBytes() / MB, trimsLater: trim.trims });
    clearInterval(heartbeat);
    console.log(JSON.stringify(report));
    // Nothing else is pending: the trim's own timer must not keep the process alive.
  })();
`;

interface Report {
  busyYoungMb: number;
  trimsWhileBusy: number;
  quietMs: number;
  quietYoungMb: number;
  trimsToShrink: number;
  trimsWithCompaction: number;
  laterYoungMb: number;
  trimsLater: number;
}

describe('idle trim', () => {
  it('gives a quiet process its young generation back within a few GCs, compacts once, never while busy, then leaves it alone', async () => {
    const child = spawn(process.execPath, ['--max-semi-space-size=64', '--expose-gc', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));

    expect({ code, output }).toEqual({ code: 0, output: expect.stringMatching(/^\{.*\}\n$/) });
    const report = JSON.parse(output) as Report;
    expect(report.busyYoungMb).toBeGreaterThan(32); // the burst grew it, as load does
    expect(report.trimsWhileBusy).toBe(0);
    expect(report.quietYoungMb).toBeLessThan(8); // given back …
    expect(report.trimsToShrink).toBeGreaterThanOrEqual(1);
    // … within a few quiet periods. V8 judges the allocation rate over its last seconds of GCs, so with these
    // 2 s periods it took two to four full GCs here (with the apps' 10 s periods, one or two).
    expect(report.trimsToShrink).toBeLessThanOrEqual(6);
    expect(report.trimsWithCompaction).toBe(report.trimsToShrink + 1); // then one compacting GC …
    expect(report.laterYoungMb).toBeLessThan(8);
    expect(report.trimsLater).toBe(report.trimsWithCompaction); // … and none after that while it stays quiet
  }, 45_000);
});
