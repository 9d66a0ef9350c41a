import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createConnection } from 'mysql2/promise';
import { DEMO_ADMIN } from '../../../scripts/demo/demo-data';

const root = join(__dirname, '..', '..', '..');
/** The built apps (E2E_DIST to test a build kept elsewhere). */
const dist = process.env.E2E_DIST ?? join(root, 'dist');
const SERVICES = ['identity', 'volunteers', 'partners', 'screening', 'counselling'] as const;
/** What only tests switch on: counselling's test clock, for walks through days (admins move it). */
const TEST_ONLY: Partial<Record<(typeof SERVICES)[number], Record<string, string>>> = {
  counselling: { COUNSELLING_TEST_CLOCK: 'enabled' },
};

export interface RunningSystem {
  baseUrl: string;
  runId: string;
  stop(): Promise<void>;
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

async function waitReady(
  url: string,
  child: ChildProcess,
  output: () => string,
  // E2E_READY_TIMEOUT_MS: more time for a machine shared with other work, where a start can take minutes.
  timeoutMs = Number(process.env.E2E_READY_TIMEOUT_MS ?? 60_000),
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited (${child.exitCode}):\n${output()}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Not ready after ${timeoutMs / 1000} s: ${url}\n${output()}`);
}

/**
 * Deletes the event streams the run's services created (named after its subject prefix, as
 * libs/messaging's streamName does), so browser test runs leave nothing in NATS. libs/testing's
 * deleteTestStreams does the same for the other tests; these files import no lib (see stop below).
 */
async function deleteStreams(servers: string, runId: string): Promise<void> {
  const nats = await connect({ servers: servers.split(','), maxReconnectAttempts: 0 });
  try {
    const jsm = await jetstreamManager(nats);
    const ours = `${runId.toUpperCase()}_`;
    for await (const name of jsm.streams.names()) {
      if (name.startsWith(ours)) await jsm.streams.delete(name).catch(() => false);
    }
  } finally {
    await nats.close();
  }
}

/**
 * The real system for the browser tests, as `npm start` runs it: the built apps from dist/, each its own
 * process on a free port, each service with a throwaway database `linkage_<service>_e2e<random>` and all
 * on the local NATS under their own subject prefix, so nothing touches a running system or other tests.
 */
export async function startSystem(extraEnv: Record<string, string> = {}): Promise<RunningSystem> {
  for (const file of ['apps/gateway/src/main.js', 'apps/portal/index.html']) {
    if (!existsSync(join(dist, file)))
      throw new Error(`${join(dist, file)} is missing: run \`npm run build\` first`);
  }
  const runId = `e2e${randomBytes(4).toString('hex')}`;
  // The gateway serves a copy of the built portal: a build running meanwhile (npm run build empties
  // dist/apps/portal first) cannot pull the pages from under the tests.
  const portalDir = mkdtempSync(join(tmpdir(), `linkage-portal-${runId}-`));
  cpSync(join(dist, 'apps', 'portal'), portalDir, { recursive: true });
  const ports = Object.fromEntries(
    await Promise.all([...SERVICES, 'gateway'].map(async (s) => [s, await freePort()] as const)),
  ) as Record<(typeof SERVICES)[number] | 'gateway', number>;
  const baseUrl = `http://127.0.0.1:${ports.gateway}`;
  const common: Record<string, string> = {
    MYSQL_HOST: process.env.MYSQL_HOST ?? '127.0.0.1',
    MYSQL_PORT: process.env.MYSQL_PORT ?? '3306',
    MYSQL_USER: process.env.MYSQL_USER ?? 'linkage',
    MYSQL_PASSWORD: process.env.MYSQL_PASSWORD ?? 'linkage',
    NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
    NATS_SUBJECT_PREFIX: `${runId}.`,
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    IDENTITY_URL: `http://127.0.0.1:${ports.identity}`,
    ADMIN_EMAIL: DEMO_ADMIN.email,
    ADMIN_PASSWORD: DEMO_ADMIN.password,
    // Cheaper password hashing: the tests sign in often and the machine is small.
    ARGON2_MEMORY_KIB: '19456',
    ARGON2_TIME_COST: '1',
    // A code shown on the "leader's screen" stays valid for the whole scan, however slow the machine.
    CHECK_IN_CODE_PERIOD_SECONDS: '300',
    PUBLIC_BASE_URL: baseUrl,
    ...extraEnv,
  };
  for (const s of SERVICES) common[`${s.toUpperCase()}_URL`] = `http://127.0.0.1:${ports[s]}`;

  const children: ChildProcess[] = [];
  const databases = SERVICES.map((s) => `linkage_${s}_${runId}`);
  const launch = (
    app: string,
    env: Record<string, string>,
  ): { child: ChildProcess; output: () => string } => {
    const child = spawn(process.execPath, [join(dist, 'apps', app, 'src', 'main.js')], {
      env: { ...process.env, ...common, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (process.env.E2E_LOG_LEVEL) process.stderr.write(`[${app}] ${chunk.toString()}`);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    children.push(child);
    return { child, output: () => output };
  };

  const stop = async (): Promise<void> => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
    rmSync(portalDir, { recursive: true, force: true });
    // Its own connection rather than withMysqlConnection: Playwright compiles these files without the
    // @linkage/* paths, so they import no lib.
    const connection = await createConnection({
      host: common.MYSQL_HOST,
      port: Number(common.MYSQL_PORT),
      user: common.MYSQL_USER,
      password: common.MYSQL_PASSWORD,
    });
    try {
      for (const db of databases) await connection.query(`DROP DATABASE IF EXISTS \`${db}\``);
    } finally {
      await connection.end();
    }
    await deleteStreams(common.NATS_URL, runId);
  };

  try {
    // All at once: the others fetch identity's public keys when they first verify a token, not at boot.
    const started = SERVICES.map((s, i) => ({
      s,
      ...launch(s, { PORT: String(ports[s]), MYSQL_DATABASE: databases[i], ...TEST_ONLY[s] }),
    }));
    await Promise.all(
      started.map((r) => waitReady(`http://127.0.0.1:${ports[r.s]}/health/ready`, r.child, r.output)),
    );
    const gateway = launch('gateway', { PORT: String(ports.gateway), PORTAL_DIR: portalDir });
    await waitReady(`${baseUrl}/health`, gateway.child, gateway.output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, runId, stop };
}
