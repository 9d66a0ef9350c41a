/**
 * The event benchmarks of issue 7, against the local MySQL and NATS (MYSQL_*, NATS_URL as for
 * `npm start`), in throwaway databases and under a subject prefix of this run's own:
 *
 *   (a) propagation latency, commit → effect in another service: partners commits organisation
 *       registered events through its outbox at a steady rate; the probe consumer
 *       (bench/events/probe-service.ts, its own process) records when it applies each; p50/p99 against
 *       the target p99 ≤ 50 ms; (a′) the same through POST /api/organisations, for information;
 *   (b) sustained throughput of one consumer: the stream preloaded with N events, then the probe started
 *       and timed until it has applied them all; against the target ≥ 2,000 events/s.
 *
 * Partners and the probe each run in their own process (./serve.ts), as deployed. Exits non-zero when an
 * invariant fails (an event lost or applied twice, a change refused); a missed target is reported.
 * Drops its databases and deletes its streams in any case.
 *
 *   npm run bench:events [-- --events=2000 --rate=200 --preload=20000]
 */
import { loadConfig, ServiceConfig } from '@linkage/config';
import { streamName } from '@linkage/messaging';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { createConnection, type Connection } from 'mysql2/promise';
import { randomBytes } from 'node:crypto';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { ms, table } from '../stats';
import { principal, TokenMint } from '../tokens';
import { commitToEffect, requestToEffect, type LatencyResult } from './latency';
import { startEventsApp, type EventsAppProcess } from './processes';
import { consumerThroughput, type ThroughputResult } from './throughput';
import { onCleanup, runBenchmark } from '../lifecycle';

const TARGET_P99_MS = 50;
const TARGET_PER_SECOND = 2000;
/** The whole run is stopped (and cleaned up) after this long, whatever it is doing. */
const DEADLINE_MS = 10 * 60_000;

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const run = randomBytes(4).toString('hex');
  const mint = new TokenMint();
  const prefix = `bench${run}.`;
  const partnersDb = `linkage_partners_bench_${run}`;
  const probeDb = `linkage_events_probe_bench_${run}`;
  const common: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: 'silent',
    AUTH_JWKS: mint.jwks,
    NATS_SUBJECT_PREFIX: prefix,
  };
  const config = loadConfig(ServiceConfig, common);
  const log = (line: string): boolean => process.stdout.write(`${line}\n`);

  log(
    `Linkage events benchmark ${run}: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average ${loadavg()[0].toFixed(2)}`,
  );
  log(`  MySQL ${config.MYSQL_HOST}:${config.MYSQL_PORT} databases ${partnersDb}, ${probeDb}`);
  log(`  NATS ${config.NATS_URL}, subject prefix ${prefix}`);

  const nats = await connect({ servers: config.NATS_URL.split(',') });
  onCleanup(() => nats.close());
  onCleanup(() => deleteStreams(nats, prefix));
  const db = await createConnection({
    host: config.MYSQL_HOST,
    port: config.MYSQL_PORT,
    user: config.MYSQL_USER,
    password: config.MYSQL_PASSWORD,
    timezone: 'Z',
  });
  onCleanup(() => db.end());
  onCleanup(() => dropDatabases(db, [partnersDb, probeDb]));

  // The probe is stopped and started again between (a) and (b); this always holds the running one.
  const probe: { current: EventsAppProcess | null } = { current: null };
  const startProbe = async (): Promise<EventsAppProcess> => {
    probe.current = await startEventsApp('probe', { ...common, MYSQL_DATABASE: probeDb });
    return probe.current;
  };
  onCleanup(() => probe.current?.stop() ?? Promise.resolve());
  const [partners, firstProbe] = await Promise.all([
    startEventsApp('partners', { ...common, MYSQL_DATABASE: partnersDb }),
    startProbe(),
  ]);
  onCleanup(() => partners.stop());
  log(`  partners ${partners.url} (pid ${partners.pid}), probe ${firstProbe.url} (pid ${firstProbe.pid})`);

  const latencySetup = {
    partners,
    coordinatorToken: await mint.token(principal('coordinator', '压测协调员')),
    db,
    partnersDb,
    probeDb,
    tag: run,
    events: options.events,
    rate: options.rate,
  };
  log(`\nrunning (a) commit → effect: ${options.events} events committed by partners at ${options.rate}/s …`);
  const latency = await commitToEffect(latencySetup);
  log(latency.lines.join('\n'));
  log(`\nrunning (a′) the same through POST /api/organisations at ${options.rate}/s …`);
  const viaHttp = await requestToEffect(latencySetup);
  log(viaHttp.lines.join('\n'));

  log(`\nrunning (b) consumer throughput: ${options.preload} events preloaded …`);
  await firstProbe.stop();
  probe.current = null;
  const throughput = await consumerThroughput({
    nats,
    prefix,
    db,
    probeDb,
    tag: run,
    events: options.preload,
    startProbe,
  });
  log(throughput.lines.join('\n'));

  log(`\n${summary(latency, viaHttp, throughput)}`);
  const failures = [...latency.failures, ...viaHttp.failures, ...throughput.failures];
  if (failures.length > 0) {
    process.stderr.write(`\nBENCHMARK INVARIANTS FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    return 1;
  }
  log('\nAll invariants held (every event took effect exactly once).');
  return 0;
}

function summary(latency: LatencyResult, viaHttp: LatencyResult, throughput: ThroughputResult): string {
  const latencyRow = (name: string, r: LatencyResult, target: boolean): string[] => [
    name,
    String(r.events),
    r.committedRate.toFixed(0),
    ms(r.p50),
    ms(r.p99),
    target ? `p99 ≤ ${TARGET_P99_MS} ms` : '(information)',
    target ? (r.p99 <= TARGET_P99_MS ? 'met' : 'MISSED') : '',
  ];
  const rows: string[][] = [
    ['benchmark', 'events', 'events/s', 'p50', 'p99', 'target', 'result'],
    latencyRow('(a) commit → effect in another service', latency, true),
    latencyRow('(a′) POST /api/organisations → effect', viaHttp, false),
    [
      '(b) one consumer, preloaded stream',
      String(throughput.events),
      throughput.perSecond.toFixed(0),
      '',
      '',
      `≥ ${TARGET_PER_SECOND}/s`,
      throughput.perSecond >= TARGET_PER_SECOND ? 'met' : 'MISSED',
    ],
  ];
  return `Summary (load average now ${loadavg()[0].toFixed(2)})\n${table(rows)}`;
}

interface Options {
  events: number;
  rate: number;
  preload: number;
}

function parseOptions(args: string[]): Options {
  const options: Options = { events: 2000, rate: 200, preload: 20000 };
  for (const arg of args) {
    const match = /^--([a-z]+)=(\d+)$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg} (expected --name=number)`);
    if (!(match[1] in options)) throw new Error(`unknown option --${match[1]}`);
    options[match[1] as keyof Options] = Number(match[2]);
  }
  const bounds: Record<keyof Options, [number, number]> = {
    events: [10, 100_000],
    rate: [1, 5000],
    preload: [100, 500_000],
  };
  for (const [name, [min, max]] of Object.entries(bounds)) {
    const value = options[name as keyof Options];
    if (value < min || value > max) throw new Error(`--${name} must be ${min}–${max}`);
  }
  return options;
}

async function dropDatabases(db: Connection, names: string[]): Promise<void> {
  for (const name of names) await db.query(`DROP DATABASE IF EXISTS \`${name}\``);
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
