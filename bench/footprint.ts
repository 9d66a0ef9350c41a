/**
 * Start-up time and idle memory of the whole system (issue 15: all six apps up within 10 s of the build,
 * idle RSS ≤ 120 MB per service), against the local MySQL and NATS (MYSQL_*, NATS_URL as for
 * `npm start`), in throwaway databases and under a subject prefix of this run's own:
 *
 *   - every app started at once from dist/ as its own process, as `npm start` does (the runtime options
 *     included), each creating and migrating its fresh database: the time until each answers
 *     /health/ready, and until all do;
 *   - each process's resident memory (VmRSS, the target's measure) just after start-up (2 s after the
 *     last is ready), and again once they have idled (60 s by default: an app quiet for half a minute gives
 *     back its young generation, libs/service-kit/src/runtime/idle-trim.ts), with its
 *     peak (VmHWM); beside them its own memory (private pages) and its proportional share (PSS: shared
 *     pages, mostly the node binary's ~45 MB, divided among the processes mapping them), and what the
 *     six take together.
 *
 * Exits non-zero when an app does not start; a missed target is reported. Stops the apps, drops the
 * databases and deletes the streams in any case.
 *
 *   npm run bench:footprint [-- --idle=60]
 */
import {
  loadConfig,
  SERVICES,
  serviceEnvName,
  ServiceConfig,
  withRuntimeOptions,
  type ServiceName,
} from '@linkage/config';
import { streamName } from '@linkage/messaging';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createConnection } from 'mysql2/promise';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { onCleanup, runBenchmark } from './lifecycle';
import { table } from './stats';

const TARGETS = { readySeconds: 10, idleRssMb: 120 } as const;
const READY_TIMEOUT_MS = 90_000;
/** When "RSS at start" is read, after the last app is ready. */
const STARTED_READING_MS = 2_000;
const DEADLINE_MS = 4 * 60_000;

interface Started {
  app: ServiceName;
  child: ChildProcess;
  port: number;
  readyMs: number | null;
}

async function main(): Promise<number> {
  const idleSeconds = parseIdle(process.argv.slice(2));
  const run = randomBytes(4).toString('hex');
  const prefix = `bench${run}.`;
  const config = loadConfig(ServiceConfig, process.env);
  const log = (line: string): boolean => process.stdout.write(`${line}\n`);
  const apps = Object.keys(SERVICES) as ServiceName[];
  const databases = apps.filter((a) => a !== 'gateway').map((a) => `linkage_${a}_footprint_${run}`);
  log(
    `Linkage start-up and idle memory ${run}: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average ${loadavg()[0].toFixed(2)}`,
  );
  log(
    `  MySQL ${config.MYSQL_HOST}:${config.MYSQL_PORT} databases linkage_<app>_footprint_${run}; NATS prefix ${prefix}`,
  );

  const nats = await connect({ servers: config.NATS_URL.split(',') });
  onCleanup(() => nats.close());
  onCleanup(async () => {
    const jsm = await jetstreamManager(nats);
    const ours = streamName(prefix, '');
    for await (const name of jsm.streams.names()) if (name.startsWith(ours)) await jsm.streams.delete(name);
  });
  const db = await createConnection({
    host: config.MYSQL_HOST,
    port: config.MYSQL_PORT,
    user: config.MYSQL_USER,
    password: config.MYSQL_PASSWORD,
  });
  onCleanup(() => db.end());
  onCleanup(async () => {
    for (const name of databases) await db.query(`DROP DATABASE IF EXISTS \`${name}\``);
  });

  const ports = new Map<ServiceName, number>();
  for (const app of apps) ports.set(app, await freePort());
  const urls = Object.fromEntries(
    apps
      .filter((a) => a !== 'gateway')
      .map((a) => [`${a.toUpperCase()}_URL`, `http://127.0.0.1:${ports.get(a)}`]),
  );
  const common = {
    ...process.env,
    LOG_LEVEL: 'silent',
    NATS_SUBJECT_PREFIX: prefix,
    IDENTITY_URL: `http://127.0.0.1:${ports.get('identity')}`,
    ...urls,
  };

  const startedAt = Date.now();
  const started: Started[] = apps.map((app) => {
    const child = spawn(process.execPath, [join(__dirname, '..', 'apps', app, 'src', 'main.js')], {
      env: withRuntimeOptions({
        ...common,
        [serviceEnvName(app, 'PORT')]: String(ports.get(app)),
        ...(app === 'gateway' ? {} : { MYSQL_DATABASE: `linkage_${app}_footprint_${run}` }),
      }),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    onCleanup(() => stop(child));
    return { app, child, port: ports.get(app)!, readyMs: null };
  });
  await Promise.all(
    started.map(async (s) => {
      s.readyMs = await readyAfter(s, startedAt);
    }),
  );
  const allReadyMs = Math.max(...started.map((s) => s.readyMs ?? Infinity));
  log(`\nall six started at once on fresh databases; idling ${idleSeconds} s before reading memory …`);
  await new Promise((resolve) => setTimeout(resolve, STARTED_READING_MS));
  const justStarted = new Map(started.map((s) => [s.app, memoryOf(s.child.pid!)]));
  await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000 - STARTED_READING_MS));

  const failures: string[] = [];
  const rows: string[][] = [
    [
      'app',
      'ready after',
      'RSS at start',
      'idle RSS',
      'peak RSS',
      `target ≤ ${TARGETS.idleRssMb} MB`,
      'own (private)',
      'PSS',
    ],
  ];
  const total = { privateMb: 0, pssMb: 0 };
  const mb = (value: number | undefined): string => (value === undefined ? 'n/a' : `${value.toFixed(0)} MB`);
  for (const s of started) {
    const memory = memoryOf(s.child.pid!);
    if (s.readyMs === null) failures.push(`${s.app} was not ready within ${READY_TIMEOUT_MS / 1000} s`);
    total.privateMb += memory?.privateMb ?? NaN;
    total.pssMb += memory?.pssMb ?? NaN;
    rows.push([
      s.app,
      s.readyMs === null ? 'not ready' : `${(s.readyMs / 1000).toFixed(1)} s`,
      mb(justStarted.get(s.app)?.rssMb),
      mb(memory?.rssMb),
      mb(memory?.peakMb),
      memory ? (memory.rssMb <= TARGETS.idleRssMb ? 'met' : 'missed') : '',
      mb(memory?.privateMb),
      mb(memory?.pssMb),
    ]);
  }
  rows.push(['all six', '', '', '', '', '', mb(total.privateMb), mb(total.pssMb)]);
  log(table(rows));
  log(
    `\nall six ready after ${Number.isFinite(allReadyMs) ? `${(allReadyMs / 1000).toFixed(1)} s` : 'never'} (target ≤ ${TARGETS.readySeconds} s: ${allReadyMs <= TARGETS.readySeconds * 1000 ? 'met' : 'missed'})`,
  );
  if (failures.length > 0) {
    process.stderr.write(`\nFAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

/** Milliseconds from `since` until the app answers /health/ready, or null if it never does (or exits). */
async function readyAfter(s: Started, since: number): Promise<number | null> {
  const deadline = since + READY_TIMEOUT_MS;
  while (Date.now() < deadline && s.child.exitCode === null) {
    const ok = await fetch(`http://127.0.0.1:${s.port}/health/ready`, { signal: AbortSignal.timeout(1000) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

interface Memory {
  rssMb: number;
  peakMb: number;
  /** Pages only this process maps. */
  privateMb: number;
  /** Proportional set size: private pages plus each shared page divided by the processes sharing it. */
  pssMb: number;
}

/** A process's memory, from /proc (null where there is none). */
function memoryOf(pid: number): Memory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (text: string, field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) / 1024;
    return {
      rssMb: kb(status, 'VmRSS'),
      peakMb: kb(status, 'VmHWM'),
      privateMb: kb(rollup, 'Private_Clean') + kb(rollup, 'Private_Dirty'),
      pssMb: kb(rollup, 'Pss'),
    };
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function parseIdle(args: string[]): number {
  let idle = 60;
  for (const arg of args) {
    const match = /^--idle=(\d+)$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg} (expected --idle=seconds)`);
    idle = Number(match[1]);
  }
  if (idle < 3 || idle > 120) throw new Error('--idle must be 3–120');
  return idle;
}

runBenchmark(main, DEADLINE_MS);
