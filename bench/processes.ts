import { withRuntimeOptions } from '@linkage/config';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ServedApp, ServeMessage } from './serve';

export interface RunningApp {
  name: ServedApp;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

/** Starts bench/serve.js for one app in its own process and waits until it listens. */
export async function startApp(
  name: ServedApp,
  env: Record<string, string | undefined>,
): Promise<RunningApp> {
  const profileDir = process.env.BENCH_CPU_PROF;
  const child = fork(join(__dirname, 'serve.js'), [name], {
    env: withRuntimeOptions(env),
    // BENCH_CPU_PROF=<dir>: each app writes a V8 CPU profile there when it stops (node --cpu-prof).
    // BENCH_TRACE_GC=1: each app prints V8's line per garbage collection (--trace-gc).
    execArgv: [
      ...(profileDir
        ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`]
        : []),
      ...(process.env.BENCH_TRACE_GC ? ['--trace-gc'] : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.on('message', (message: ServeMessage) => {
      clearTimeout(timer);
      if (message.type === 'ready') resolve(message.port);
      else reject(new Error(`${name} failed to start: ${message.error}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited while starting (${signal ?? `code ${code}`})`));
    });
  });
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    stop: () => stopChild(child),
  };
}

/** Asks the child to close (it finishes in-flight requests), and kills it if it takes too long. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    if (child.connected) child.send({ type: 'stop' });
    else child.kill('SIGTERM');
  });
}
