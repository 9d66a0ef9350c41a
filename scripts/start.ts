import {
  withRuntimeOptions,
  appPort,
  loadConfig,
  SERVICES,
  serviceEnvName,
  ServiceConfig,
  type ServiceName,
} from '@linkage/config';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_ADMIN, DEMO_STUDENTS } from './demo/demo-data';
import { seedDemoData } from './demo/seed-demo';
import { preflight } from './preflight';
import { stopOnSignals, Supervisor } from './supervisor/supervisor';

/**
 * `npm start`: the whole system on this machine. Checks MySQL and NATS (creating the database user on a
 * first run), starts every app as its own process (each creates and migrates its database), waits until
 * all are ready, loads the demo data into empty databases and prints where everything is. From then on an
 * app that exits is restarted with back-off while the others keep serving. Ctrl-C stops them all gracefully.
 */
/** Restarts in a row an app may need before everything is up (after 1 s and 2 s). */
const STARTUP_RESTARTS = 2;

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig(ServiceConfig);
  const problems = await preflight(config);
  if (problems.length > 0) {
    process.stderr.write(`\nLinkage cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}\n\n`);
    process.exit(1);
  }

  const apps = Object.keys(SERVICES) as ServiceName[];
  // One PORT cannot serve six apps, so only <APP>_PORT (or the catalogue port) counts here.
  const portOf = (app: ServiceName): number => appPort(app, { ...process.env, PORT: undefined });
  supervisor = new Supervisor(
    apps.map((app) => ({
      name: app,
      command: process.execPath,
      args: [join(__dirname, '..', 'apps', app, 'src', 'main.js')],
      env: {
        ...withRuntimeOptions(process.env),
        [serviceEnvName(app, 'PORT')]: String(portOf(app)),
        ...(process.stdout.isTTY ? { LOG_FORMAT: config.logFormat(true), FORCE_COLOR: '1' } : {}),
        ...gatewayUrls(portOf),
        // The first admin, made only when identity has no account at all (demo credentials below).
        ADMIN_EMAIL: process.env.ADMIN_EMAIL ?? DEMO_ADMIN.email,
        ADMIN_PASSWORD: process.env.ADMIN_PASSWORD ?? DEMO_ADMIN.password,
      },
    })),
    // While starting, a few restarts heal a race between the apps; an app that keeps failing has a
    // configuration or dependency problem its output names, and waiting longer would not help.
    { giveUpAfter: STARTUP_RESTARTS },
  );
  supervisor.start();
  stopOnSignals(supervisor, (line) => process.stdout.write(`\n${line}\n`));

  const gatewayUrl = `http://localhost:${portOf('gateway')}`;
  await Promise.race([
    waitUntilReady(
      apps.map((app) => `http://127.0.0.1:${portOf(app)}/health/ready`),
      60000,
    ),
    supervisor.gaveUp.then((exit) => {
      throw new Error(`${exit} before it was ready; its output above says why.`);
    }),
  ]);
  supervisor.keepRestarting();
  const seeded = await seedDemoData(gatewayUrl);
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  process.stdout.write(
    [
      '',
      `Linkage is up (${seconds} s).`,
      `  Portal          ${gatewayUrl}/  (sign in with a demo account below)`,
      `  Gateway / API   ${gatewayUrl}/api`,
      `  API docs        ${gatewayUrl}/docs  (OpenAPI: ${gatewayUrl}/docs-json)`,
      `  Health          ${gatewayUrl}/health`,
      ...apps
        .filter((app) => app !== 'gateway')
        .map((app) => `  ${app.padEnd(15)} http://localhost:${portOf(app)}  (docs /docs, metrics /metrics)`),
      `  Demo data       ${seeded.seeded.length > 0 ? `loaded ${seeded.seeded.join(', ')}` : 'already present'}`,
      '  Demo sign-ins   (in the portal, or POST /api/auth/login with { "login": email, "password": … })',
      `    admin          ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`,
      ...DEMO_ACCOUNTS.map((a) => `    ${a.label.padEnd(14)} ${a.email} / ${a.password}`),
      ...DEMO_STUDENTS.map((s, i) => `    ${`student ${i + 1}`.padEnd(14)} ${s.email} / ${s.password}`),
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

/** The gateway finds each service on this machine at its port. */
function gatewayUrls(portOf: (app: ServiceName) => number): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const app of Object.keys(SERVICES) as ServiceName[]) {
    if (app !== 'gateway')
      urls[`${app.toUpperCase()}_URL`] ??=
        process.env[`${app.toUpperCase()}_URL`] ?? `http://127.0.0.1:${portOf(app)}`;
  }
  return urls;
}

async function waitUntilReady(urls: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(urls);
  while (pending.size > 0) {
    if (Date.now() > deadline)
      throw new Error(`Not ready after ${timeoutMs / 1000} s: ${[...pending].join(', ')}`);
    await Promise.all(
      [...pending].map(async (url) => {
        const ok = await fetch(url, { signal: AbortSignal.timeout(1000) })
          .then((r) => r.ok)
          .catch(() => false);
        if (ok) pending.delete(url);
      }),
    );
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

let supervisor: Supervisor | undefined;

main().catch(async (error: unknown) => {
  process.stderr.write(
    `\nLinkage failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  await supervisor?.stop();
  process.exit(1);
});
