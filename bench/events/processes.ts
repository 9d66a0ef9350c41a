import { withRuntimeOptions } from '@linkage/config';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EmitMessage, EventsApp, ServeMessage } from './serve';

export interface EventsAppProcess {
  name: EventsApp;
  url: string;
  pid: number;
  /** Asks it to close (in-flight work finishes), SIGKILL after 15 s. */
  stop(): Promise<void>;
  /** SIGKILL at once: a crash, nothing finishes. */
  kill(): Promise<void>;
  /** Resolves when the process has exited, however. */
  exited: Promise<void>;
  /** Partners only: commits one organisation.registered event (see ./serve.ts). */
  emit(name: string): Promise<{ eventId: string; committedAt: number }>;
}

const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

/**
 * The compiled ./serve.js. From dist/bench/events it is beside this file; from the TypeScript source (a
 * jest test) it is the one `npm run build` wrote to dist/ (or to LINKAGE_DIST, a build of one's own).
 */
export function serveScript(): string {
  const dist = process.env.LINKAGE_DIST ?? join(__dirname, '..', '..', 'dist');
  const script = __filename.endsWith('.js')
    ? join(__dirname, 'serve.js')
    : join(dist, 'bench', 'events', 'serve.js');
  if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` first.`);
  return script;
}

/** Starts bench/events/serve.js for one app in its own process and waits until it listens. */
export async function startEventsApp(
  name: EventsApp,
  env: Record<string, string | undefined>,
): Promise<EventsAppProcess> {
  const child = fork(serveScript(), [name], {
    env: withRuntimeOptions(env),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.on('message', (message: ServeMessage) => {
      if (message.type !== 'ready' && message.type !== 'failed') return;
      clearTimeout(timer);
      if (message.type === 'ready') resolve(message.port);
      else reject(new Error(`${name} failed to start: ${message.error}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited while starting (${signal ?? `code ${code}`})`));
    });
  });
  const emits = new Map<
    number,
    { resolve: (value: { eventId: string; committedAt: number }) => void; reject: (error: Error) => void }
  >();
  let nextSeq = 0;
  child.on('message', (message: ServeMessage) => {
    if (message.type !== 'emitted' && message.type !== 'emit-failed') return;
    const waiting = emits.get(message.seq);
    emits.delete(message.seq);
    if (message.type === 'emitted') waiting?.resolve(message);
    else waiting?.reject(new Error(message.error));
  });
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    emit: (eventName) =>
      new Promise((resolve, reject) => {
        const seq = nextSeq++;
        emits.set(seq, { resolve, reject });
        child.send({ type: 'emit', seq, name: eventName } satisfies EmitMessage);
      }),
    pid: child.pid ?? 0,
    stop: () => stopChild(child, exited),
    kill: async () => {
      if (isRunning(child)) child.kill('SIGKILL');
      await exited;
    },
    exited,
  };
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (!isRunning(child)) return Promise.resolve();
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  if (child.connected) child.send({ type: 'stop' });
  else child.kill('SIGTERM');
  return exited.finally(() => clearTimeout(timer));
}
