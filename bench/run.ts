/**
 * The volunteers benchmarks of issues 4 and 15, against the local MySQL and NATS (MYSQL_*, NATS_URL as
 * for `npm start`) in a throwaway database:
 *
 *   (a) sign-up storm: N volunteers sign up for one shift of C places at the same moment through the
 *       gateway; exactly C confirmed, the rest waitlisted 1..N-C in the server's order, no 5xx;
 *   (a2) the wide storm: SPREAD × N volunteers on SPREAD such shifts at once (5,000 on 500 places across
 *       10 shifts by default), the same invariants on every shift; before each storm the same storm
 *       runs on shifts of other days (warm-ups, of 1,500 sign-ups at least; the first shown as the cold
 *       start), so the measured one meets a warm server;
 *   (b) "my assignments" for a volunteer with 20 assignments, 50 connections, through the gateway and
 *       straight to the service, beside a bare Fastify + mysql2 anchor as a ratio to it; and a bare
 *       Fastify proxy in front of the anchor, which shows what two bare processes in a row give here
 *       (the reference for the gateway's p99, which no single-process anchor can be).
 *
 * The volunteers service and the gateway each run in their own process (bench/serve.ts), as deployed;
 * this process only drives the load. Tokens are minted here and trusted through AUTH_JWKS, so identity
 * does not run. Exits non-zero when an invariant fails; drops its database and deletes its streams in
 * any case.
 *
 *   npm run bench [-- --volunteers=500 --capacity=50 --spread=10 --assignments=20 --connections=50 --duration=10 --warmup=8]
 *   npm run bench -- --only=storm   (or --only=assignments: one benchmark alone, when working on it;
 *                                    --spread=0 leaves out the wide storm)
 */
import { loadConfig } from '@linkage/config';
import { dropMysqlDatabase, mysqlServerOptions } from '@linkage/database';
import { deleteTestStreams } from '@linkage/testing';
import { createConnection } from 'mysql2/promise';
import { randomBytes } from 'node:crypto';
import { availableParallelism, cpus } from 'node:os';
import { VolunteersConfig } from '../apps/volunteers/src/volunteers.config';
import { cpuText } from './cpu';
import {
  ASSIGNMENTS_TARGETS,
  myAssignments,
  type AssignmentsResult,
  type LoadResult,
} from './my-assignments';
import { startApp } from './processes';
import { signupStorm, stormTargetText, type StormResult } from './signup-storm';
import { ms, table } from './stats';
import { principal, TokenMint } from './tokens';
import { onCleanup, runBenchmark } from './lifecycle';

/** The whole run is stopped (and cleaned up) after this long, whatever it is doing. */
const DEADLINE_MS = 12 * 60_000;

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const run = randomBytes(4).toString('hex');
  const mint = new TokenMint();
  const database = `linkage_volunteers_bench_${run}`;
  const common: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: 'silent',
    AUTH_JWKS: mint.jwks,
    NATS_SUBJECT_PREFIX: `bench${run}.`,
  };
  const serviceEnv = { ...common, MYSQL_DATABASE: database };
  const config = loadConfig(VolunteersConfig, serviceEnv);
  const log = (line: string): boolean => process.stdout.write(`${line}\n`);

  log(
    `Linkage volunteers benchmark ${run}: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
  );
  log(`  MySQL ${config.MYSQL_HOST}:${config.MYSQL_PORT} database ${database}; NATS ${config.NATS_URL}`);

  onCleanup(() => dropMysqlDatabase(config, database));
  onCleanup(() => deleteTestStreams(serviceEnv));
  const service = await startApp('volunteers', serviceEnv);
  onCleanup(() => service.stop());
  const gateway = await startApp('gateway', { ...common, VOLUNTEERS_URL: service.url });
  onCleanup(() => gateway.stop());
  log(`  volunteers ${service.url} (pid ${service.pid}), gateway ${gateway.url} (pid ${gateway.pid})`);

  const db = await createConnection({ ...mysqlServerOptions(config), database });
  onCleanup(() => db.end());

  const coordinatorToken = await mint.token(principal('coordinator', '压测协调员'));
  const pids = { service: service.pid, gateway: gateway.pid };

  const storms: StormResult[] = [];
  const stormRuns =
    options.only === 'assignments'
      ? []
      : [1, options.spread].filter((shifts, i) => shifts > 0 && (i === 0 || shifts > 1));
  for (const shifts of stormRuns) {
    log(`\nrunning (${shifts === 1 ? 'a' : 'a2'}) sign-up storm …`);
    const storm = await signupStorm({
      gatewayUrl: gateway.url,
      coordinatorToken,
      mint,
      db,
      tag: run,
      volunteers: options.volunteers * shifts,
      capacity: options.capacity,
      shifts,
      pids,
    });
    log(`(${shifts === 1 ? 'a' : 'a2'}) ${storm.lines.join('\n')}`);
    storms.push(storm);
  }

  let assignments: AssignmentsResult | null = null;
  if (options.only !== 'storm') {
    log(
      `\nrunning (b) my assignments (5 × ${options.warmup} + ${options.duration} s: the bare anchor, the gateway, the service, a bare proxy in front of the anchor, the anchor) …`,
    );
    assignments = await myAssignments({
      gatewayUrl: gateway.url,
      serviceUrl: service.url,
      coordinatorToken,
      mint,
      tag: run,
      assignments: options.assignments,
      connections: options.connections,
      duration: options.duration,
      warmup: options.warmup,
      pids,
      startAnchor: async (volunteerId) => {
        const anchor = await startApp('anchor', { ...serviceEnv, ANCHOR_VOLUNTEER_ID: volunteerId });
        onCleanup(() => anchor.stop());
        return anchor;
      },
      startAnchorProxy: async (anchorUrl) => {
        const proxy = await startApp('anchor-proxy', { ...common, ANCHOR_URL: anchorUrl });
        onCleanup(() => proxy.stop());
        return proxy;
      },
    });
    log(assignments.lines.join('\n'));
  }

  log(`\n${summary(storms, assignments)}`);
  const failures = [...storms.flatMap((s) => s.failures), ...(assignments?.failures ?? [])];
  if (failures.length > 0) {
    process.stderr.write(`\nBENCHMARK INVARIANTS FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    return 1;
  }
  log('\nAll invariants held.');
  return 0;
}

function summary(storms: StormResult[], assignments: AssignmentsResult | null): string {
  const anchor = assignments?.results.find((r) => r.target === 'anchor');
  const ratio = (r: LoadResult): string => (anchor ? `${(r.reqPerSec / anchor.reqPerSec).toFixed(2)}×` : '');
  const target = (r: LoadResult): string =>
    !anchor || r.target === 'anchor'
      ? '(the anchor)'
      : r.target === 'two-hop'
        ? '(reference for p99)'
        : r.target === 'service'
          ? `≥ ${ASSIGNMENTS_TARGETS.service}× ${r.reqPerSec / anchor.reqPerSec >= ASSIGNMENTS_TARGETS.service ? 'met' : 'missed'}`
          : `≥ ${ASSIGNMENTS_TARGETS.gateway}×, p99 ≤ ${ASSIGNMENTS_TARGETS.gatewayP99Ms} ms ${
              r.reqPerSec / anchor.reqPerSec >= ASSIGNMENTS_TARGETS.gateway &&
              r.p99 <= ASSIGNMENTS_TARGETS.gatewayP99Ms
                ? 'met'
                : 'missed'
            }`;
  const rows: string[][] = [
    [
      'benchmark',
      'concurrency',
      'requests',
      'req/s',
      'p50',
      'p99',
      'non-2xx',
      'errors',
      'result',
      'of anchor',
      'target',
      'server CPU/answer',
    ],
    ...storms.map((storm) => [
      `(${storm.shifts === 1 ? 'a' : 'a2'}) sign-up storm, gateway, ${storm.shifts === 1 ? '1 shift' : `${storm.shifts} shifts`} (${storm.confirmed} confirmed / ${storm.waitlisted} waitlisted)`,
      String(storm.concurrency),
      String(storm.volunteers),
      storm.perSecond.toFixed(1),
      ms(storm.p50),
      ms(storm.p99),
      storm.non2xx === 'none' ? '0' : storm.non2xx,
      String(storm.errors),
      storm.failures.length === 0 ? 'ok' : 'FAILED',
      anchor ? `${(storm.perSecond / anchor.reqPerSec).toFixed(2)}×` : '',
      stormTargetText(storm),
      cpuText(storm.cpuPerSignupUs),
    ]),
    ...(assignments?.results ?? []).map((r) => [
      `(b) my assignments, ${{ anchor: 'bare Fastify + mysql2', gateway: 'through the gateway', service: 'straight to the service', 'two-hop': 'bare proxy → the anchor' }[r.target]}`,
      String(r.connections),
      String(r.requests),
      r.reqPerSec.toFixed(1),
      `${r.p50.toFixed(0)} ms`,
      `${r.p99.toFixed(0)} ms`,
      String(r.non2xx),
      String(r.errors),
      r.non2xx + r.errors === 0 ? 'ok' : 'FAILED',
      ratio(r),
      target(r),
      cpuText(r.cpuPerRequestUs),
    ]),
  ];
  const times = storms.map((s) => `${s.seconds.toFixed(2)} s`).join(' and ');
  return `Summary${times ? ` (storms: ${times} in all)` : ''}\n${table(rows)}`;
}

const ONLY = ['all', 'storm', 'assignments'] as const;

interface Options {
  volunteers: number;
  capacity: number;
  /** Shifts of the wide storm ((a2): this many times the volunteers and places); 0 or 1 leaves it out. */
  spread: number;
  assignments: number;
  connections: number;
  duration: number;
  warmup: number;
  only: (typeof ONLY)[number];
}

type NumberOption = Exclude<keyof Options, 'only'>;

function parseOptions(args: string[]): Options {
  const options: Options = {
    volunteers: 500,
    capacity: 50,
    spread: 10,
    assignments: 20,
    connections: 50,
    duration: 10,
    warmup: 8,
    only: 'all',
  };
  for (const arg of args) {
    const only = /^--only=(.+)$/.exec(arg);
    if (only) {
      if (!(ONLY as readonly string[]).includes(only[1]))
        throw new Error(`--only must be one of ${ONLY.join(', ')}`);
      options.only = only[1] as Options['only'];
      continue;
    }
    const match = /^--([a-z]+)=(\d+)$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg} (expected --name=number or --only=…)`);
    if (!(match[1] in options) || match[1] === 'only') throw new Error(`unknown option --${match[1]}`);
    options[match[1] as NumberOption] = Number(match[2]);
  }
  const bounds: Record<NumberOption, [number, number]> = {
    volunteers: [2, 2000],
    capacity: [1, 1999],
    spread: [0, 20],
    assignments: [1, 100],
    connections: [1, 500],
    duration: [1, 60],
    warmup: [0, 60],
  };
  for (const [name, [min, max]] of Object.entries(bounds)) {
    const value = options[name as NumberOption];
    if (value < min || value > max) throw new Error(`--${name} must be ${min}–${max}`);
  }
  if (options.capacity >= options.volunteers) throw new Error('--capacity must be below --volunteers');
  return options;
}

runBenchmark(main, DEADLINE_MS);
