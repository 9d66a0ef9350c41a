/**
 * The partner event benchmarks of issue 10, against the local MySQL and NATS (MYSQL_*, NATS_URL as for
 * `npm start`), in throwaway databases and under a subject prefix of this run's own:
 *
 *   (a) approval → shifts visible in volunteers: 500 one-role, one-occurrence events drafted and
 *       submitted by partner members, then approved by a coordinator at a steady rate; each timed from
 *       just before the approval is sent until volunteers' database has the event's shift (so the figure
 *       includes the approval's HTTP round trip); p50/p99 against the target p99 ≤ 100 ms;
 *   (b) the partner event list with staffing through the gateway (the approved events of (a), 200 of
 *       them the partner's organisation's): GET /api/events?limit=20 as a coordinator and as the partner
 *       member, and GET /api/events/:id/staffing for information; req/s and p99, no non-2xx.
 *
 * Partners (bench/events/serve.ts), volunteers and the gateway (bench/serve.ts) each run in their own
 * process, as deployed; tokens are minted here and trusted through AUTH_JWKS, so identity does not run.
 * Exits non-zero when an invariant fails (an approved event without exactly its shifts, a refused
 * request); a missed target is reported. Drops its databases and deletes its streams in any case.
 *
 *   npm run bench:partners [-- --events=500 --listed=200 --rate=25 --connections=50 --duration=10]
 */
import { loadConfig, ServiceConfig } from '@linkage/config';
import { dropMysqlDatabase, mysqlServerOptions } from '@linkage/database';
import { streamName } from '@linkage/messaging';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { createPool } from 'mysql2/promise';
import { randomBytes } from 'node:crypto';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { startEventsApp } from '../events/processes';
import { Client } from '../http';
import { startApp } from '../processes';
import { ms, table } from '../stats';
import { principal, TokenMint } from '../tokens';
import { approvalToShifts, type ApprovalResult } from './approval';
import { eventList, type EventListResult } from './event-list';
import { onCleanup, runBenchmark } from '../lifecycle';

const TARGET_P99_MS = 100;
/** The whole run is stopped (and cleaned up) after this long, whatever it is doing. */
const DEADLINE_MS = 10 * 60_000;

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const run = randomBytes(4).toString('hex');
  const mint = new TokenMint();
  const prefix = `bench${run}.`;
  const partnersDb = `linkage_partners_bench_${run}`;
  const volunteersDb = `linkage_volunteers_bench_${run}`;
  const common: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: 'silent',
    AUTH_JWKS: mint.jwks,
    NATS_SUBJECT_PREFIX: prefix,
  };
  const config = loadConfig(ServiceConfig, common);
  const log = (line: string): boolean => process.stdout.write(`${line}\n`);

  log(
    `Linkage partner events benchmark ${run}: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average ${loadavg()[0].toFixed(2)}`,
  );
  log(`  MySQL ${config.MYSQL_HOST}:${config.MYSQL_PORT} databases ${partnersDb}, ${volunteersDb}`);
  log(`  NATS ${config.NATS_URL}, subject prefix ${prefix}`);

  const nats = await connect({ servers: config.NATS_URL.split(',') });
  onCleanup(() => nats.close());
  onCleanup(() => deleteStreams(nats, prefix));
  onCleanup(() => dropMysqlDatabase(config, partnersDb));
  onCleanup(() => dropMysqlDatabase(config, volunteersDb));

  const [partners, volunteers] = await Promise.all([
    startEventsApp('partners', { ...common, MYSQL_DATABASE: partnersDb }),
    startApp('volunteers', { ...common, MYSQL_DATABASE: volunteersDb }),
  ]);
  onCleanup(() => partners.stop());
  onCleanup(() => volunteers.stop());
  const gateway = await startApp('gateway', {
    ...common,
    PARTNERS_URL: partners.url,
    VOLUNTEERS_URL: volunteers.url,
  });
  onCleanup(() => gateway.stop());
  log(
    `  partners ${partners.url} (pid ${partners.pid}), volunteers ${volunteers.url} (pid ${volunteers.pid}), gateway ${gateway.url} (pid ${gateway.pid})`,
  );

  const pool = createPool({
    ...mysqlServerOptions(config),
    database: volunteersDb,
    connectionLimit: 8,
    timezone: 'Z',
  });
  onCleanup(() => pool.end());

  const coordinatorToken = await mint.token(principal('coordinator', '压测协调员'));
  // Two organisations: the partner measured in (b) is a member of the first, which has `listed` events;
  // the second has the rest, so a coordinator's list spans more than one organisation.
  const sizes = [options.listed, options.events - options.listed].filter((n) => n > 0);
  const organisationIds: string[] = [];
  const client = new Client(2);
  try {
    for (const [o] of sizes.entries()) {
      const organisation = await client.expect<{ id: string }>(
        201,
        'POST',
        `${partners.url}/api/organisations`,
        coordinatorToken,
        { name: `压测伙伴机构 ${run} ${o + 1}`, kind: 'social_work_ngo' },
      );
      organisationIds.push(organisation.id);
    }
  } finally {
    await client.close();
  }
  const partnerTokens = await Promise.all(
    organisationIds.map((organisationId, o) =>
      mint.token({ ...principal('partner', `压测伙伴 ${o + 1}`), organisationId }),
    ),
  );

  log(
    `\nrunning (a) approval → shifts: ${options.events} events drafted and submitted, then approved at ${options.rate}/s …`,
  );
  const approval = await approvalToShifts({
    partnersUrl: partners.url,
    coordinatorToken,
    partnerTokens,
    organisations: sizes,
    volunteersDb: pool,
    tag: run,
    rate: options.rate,
  });
  log(approval.lines.join('\n'));

  let list: EventListResult | null = null;
  if (approval.failures.length === 0) {
    log(`\nrunning (b) the event list (3 × ${options.duration} s through the gateway) …`);
    list = await eventList({
      gatewayUrl: gateway.url,
      coordinatorToken,
      partnerToken: partnerTokens[0],
      eventIds: approval.eventIds[0],
      totalEvents: approval.approvals,
      connections: options.connections,
      duration: options.duration,
    });
    log(list.lines.join('\n'));
  } else {
    log('\n(b) skipped: (a) failed an invariant, so the events it would list are not all approved.');
  }

  log(`\n${summary(approval, list)}`);
  const failures = [...approval.failures, ...(list?.failures ?? [])];
  if (failures.length > 0) {
    process.stderr.write(`\nBENCHMARK INVARIANTS FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    return 1;
  }
  log('\nAll invariants held (every approved event got exactly its shift, none twice; no non-2xx).');
  return 0;
}

function summary(approval: ApprovalResult, list: EventListResult | null): string {
  const rows: string[][] = [
    ['benchmark', 'count', 'req/s', 'p50', 'p99', 'target', 'result'],
    [
      '(a) approval → shift in volunteers (incl. HTTP)',
      String(approval.approvals),
      '',
      ms(approval.p50),
      ms(approval.p99),
      `p99 ≤ ${TARGET_P99_MS} ms`,
      approval.p99 <= TARGET_P99_MS ? 'met' : 'MISSED',
    ],
    ...(list?.results ?? []).map((r) => [
      `(b) ${r.label}`,
      String(r.requests),
      r.reqPerSec.toFixed(0),
      `${r.p50} ms`,
      `${r.p99} ms`,
      r.information ? '(information)' : '(figures)',
      r.non2xx + r.errors === 0 ? 'ok' : 'FAILED',
    ]),
  ];
  return `Summary (load average now ${loadavg()[0].toFixed(2)})\n${table(rows)}`;
}

interface Options {
  events: number;
  listed: number;
  rate: number;
  connections: number;
  duration: number;
}

function parseOptions(args: string[]): Options {
  const options: Options = { events: 500, listed: 200, rate: 25, connections: 50, duration: 10 };
  for (const arg of args) {
    const match = /^--([a-z]+)=(\d+)$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg} (expected --name=number)`);
    if (!(match[1] in options)) throw new Error(`unknown option --${match[1]}`);
    options[match[1] as keyof Options] = Number(match[2]);
  }
  const bounds: Record<keyof Options, [number, number]> = {
    events: [20, 5000],
    listed: [20, 5000],
    rate: [1, 500],
    connections: [1, 1000],
    duration: [1, 120],
  };
  for (const [name, [min, max]] of Object.entries(bounds)) {
    const value = options[name as keyof Options];
    if (value < min || value > max) throw new Error(`--${name} must be ${min}–${max}`);
  }
  if (options.listed > options.events) throw new Error('--listed must not exceed --events');
  return options;
}

/** Deletes this run's streams (their names carry the run's prefix) and nothing else. */
async function deleteStreams(nats: NatsConnection, prefix: string): Promise<void> {
  const jsm = await jetstreamManager(nats);
  const ours = streamName(prefix, '');
  for await (const name of jsm.streams.names()) {
    if (name.startsWith(ours)) await jsm.streams.delete(name);
  }
}

runBenchmark(main, DEADLINE_MS);
