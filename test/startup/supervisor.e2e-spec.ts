import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Supervisor } from '../../scripts/supervisor/supervisor';

// npm start's supervisor (scripts/supervisor, built into dist/ as npm test does first) on two stand-in
// apps: one keeps running, one crashes 200 ms after every start. Short delays keep the test fast.
const supervisorJs = join(__dirname, '..', '..', 'dist', 'scripts', 'supervisor', 'supervisor.js');

const steady = `
  console.log('steady up ' + process.pid);
  setInterval(() => {}, 1000);
  process.on('SIGTERM', () => { console.log('steady stopping'); process.exit(0); });
`;
const crashing = `
  console.log('crashing up ' + process.pid);
  setTimeout(() => { console.error('crashing gives up'); process.exit(3); }, 200);
`;
const runner = `
  const { Supervisor, stopOnSignals } = require(${JSON.stringify(supervisorJs)});
  const app = (name, code) => ({ name, command: process.execPath, args: ['-e', code] });
  const supervisor = new Supervisor([app('steady', ${JSON.stringify(steady)}), app('crashing', ${JSON.stringify(crashing)})], {
    policy: { firstDelayMs: 100, maxDelayMs: 400, healthyAfterMs: 60000 },
  });
  supervisor.start();
  stopOnSignals(supervisor, (line) => console.log(line));
`;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('npm start supervisor', () => {
  it('restarts a crashing app with growing delays while the other keeps running, and SIGTERM stops both', async () => {
    const child = spawn(process.execPath, ['-e', runner], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const restarts = (): string[] => output.match(/^crashing .*restarting in .*$/gm) ?? [];

    await until(() => restarts().length >= 4, 8000);
    // Give the fourth restart time to start the crashing app again before stopping.
    await until(() => (output.match(/crashing up/g) ?? []).length >= 5, 2000);
    child.kill('SIGTERM');
    const code = await exited;

    expect(restarts().slice(0, 4)).toEqual([
      'crashing exited with code 3; restarting in 100 ms (attempt 1)',
      'crashing exited with code 3; restarting in 200 ms (attempt 2)',
      'crashing exited with code 3; restarting in 400 ms (attempt 3)',
      'crashing exited with code 3; restarting in 400 ms (attempt 4)',
    ]);
    // Each app's lines carry its name, padded to line up.
    expect(output).toMatch(/^\[crashing\] crashing gives up$/m);
    const steadyPids = [...output.matchAll(/^\[steady {2}\] steady up (\d+)$/gm)].map((m) => Number(m[1]));
    expect(steadyPids).toHaveLength(1);
    expect(output).toMatch(/^SIGTERM: stopping every app/m);
    expect(output).toMatch(/^\[steady {2}\] steady stopping$/m);
    expect(code).toBe(0);
    const crashingPids = [...output.matchAll(/crashing up (\d+)/g)].map((m) => Number(m[1]));
    expect([...steadyPids, ...crashingPids].filter(alive)).toEqual([]);
  }, 15000);

  it('gives up on an app that fails more than giveUpAfter times in a row (npm start, while starting)', async () => {
    const out = new PassThrough();
    let said = '';
    out.on('data', (chunk: Buffer) => (said += chunk.toString()));
    const supervisor = new Supervisor(
      [{ name: 'crashing', command: process.execPath, args: ['-e', crashing] }],
      {
        policy: { firstDelayMs: 100, maxDelayMs: 400, healthyAfterMs: 60000 },
        giveUpAfter: 1,
        out,
        err: out,
      },
    );
    supervisor.start();

    expect(await supervisor.gaveUp).toBe('crashing exited with code 3 again after 1 restart');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await supervisor.stop();
    expect(said.match(/restarting in .*/g)).toEqual(['restarting in 100 ms (attempt 1)']);
    expect(said.match(/crashing up/g)).toHaveLength(2);
  });

  it('kills an app that ignores SIGTERM once the stop timeout has passed', async () => {
    const out = new PassThrough();
    let said = '';
    out.on('data', (chunk: Buffer) => (said += chunk.toString()));
    const stubborn = "process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000);";
    const supervisor = new Supervisor(
      [{ name: 'stubborn', command: process.execPath, args: ['-e', stubborn] }],
      {
        stopTimeoutMs: 300,
        out,
        err: out,
      },
    );
    supervisor.start();
    await until(() => said.includes('up'), 5000);

    const started = Date.now();
    await supervisor.stop();

    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(said).toMatch(/stubborn did not stop within 300 ms; killing it\./);
  });
});
