import { loadConfig, ServiceConfig } from '@linkage/config';
import { EventSubject, type OrganisationRegisteredV1 } from '@linkage/contracts';
import { newId } from '@linkage/database';
import { Outbox, streamName } from '@linkage/messaging';
import {
  dropDatabase,
  HttpClient,
  principal,
  startTestService,
  testEnv,
  tokenFor,
  type Env,
  type TestService,
} from '@linkage/testing';
import {
  jetstream,
  jetstreamManager,
  type ConsumerInfo,
  type JetStreamManager,
  type StreamInfo,
} from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { createPool, type Pool, type RowDataPacket } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { startEventsApp, type EventsAppProcess } from '../../bench/events/processes';
import { probeService } from '../../bench/events/probe-service';

const SUBJECT = EventSubject.partnersOrganisationRegistered;
/** The probe's durable consumer of SUBJECT (the probe runs under the counselling service's name). */
const PROBE_CONSUMER = `counselling--${SUBJECT.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Small delays and few deliveries, so retries, parking and sweeps happen within a test's time. */
export const FAST_EVENTS: Env = {
  // Wide enough that the events behind a poison one are applied well inside its retries, even on a
  // loaded CI machine (250 + 500 ms before it is parked on its third delivery).
  EVENTS_RETRY_BASE_MS: '250',
  EVENTS_RETRY_MAX_MS: '1000',
  EVENTS_MAX_DELIVER: '3',
  OUTBOX_SWEEP_MS: '200',
};

/**
 * The producer and the consumer of the fault tests, on the NATS the test started: the real partners
 * service in this process (its outbox and relay), and the probe consumer (bench/events/probe-service.ts)
 * in a child process that a test can kill, restart or stop. Effects are counted in the probe's database.
 */
export class EventRig {
  private constructor(
    readonly partners: TestService,
    private probeProcess: EventsAppProcess | null,
    private readonly probeEnv: Env,
    private readonly probeDb: Pool,
    private readonly nats: NatsConnection,
    private readonly jsm: JetStreamManager,
    private readonly adminToken: string,
  ) {}

  static async start(natsUrl: string, overrides: Env = {}): Promise<EventRig> {
    const env: Env = { ...FAST_EVENTS, NATS_URL: natsUrl, ...overrides };
    const probeEnv = testEnv(probeService.schema, env);
    await dropDatabase(probeEnv);
    const cleanups: (() => Promise<unknown>)[] = [() => dropDatabase(probeEnv)];
    try {
      // Side by side: each creates the partners stream if it is not there yet (safe to race).
      const [partners, probe] = await Promise.allSettled([
        startTestService(partnersService, env),
        startEventsApp('probe', probeEnv),
      ]);
      if (partners.status === 'fulfilled') cleanups.push(() => partners.value.close());
      if (probe.status === 'fulfilled') cleanups.push(() => probe.value.kill());
      if (partners.status === 'rejected') throw partners.reason;
      if (probe.status === 'rejected') throw probe.reason;
      const config = loadConfig(ServiceConfig, probeEnv);
      const probeDb = createPool({
        host: config.MYSQL_HOST,
        port: config.MYSQL_PORT,
        user: config.MYSQL_USER,
        password: config.MYSQL_PASSWORD,
        database: config.MYSQL_DATABASE,
        connectionLimit: 2,
      });
      cleanups.push(() => probeDb.end());
      const nats = await connect({
        servers: natsUrl.split(','),
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
      });
      cleanups.push(() => nats.close());
      const jsm = await jetstreamManager(nats);
      const adminToken = await tokenFor(principal('admin'));
      return new EventRig(partners.value, probe.value, probeEnv, probeDb, nats, jsm, adminToken);
    } catch (error) {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
      throw error;
    }
  }

  get prefix(): string {
    return this.probeEnv.NATS_SUBJECT_PREFIX ?? '';
  }

  get probe(): EventsAppProcess {
    if (!this.probeProcess) throw new Error('the probe is not running');
    return this.probeProcess;
  }

  /** The probe's HTTP API as an admin (dead letters). */
  probeAsAdmin(): HttpClient {
    return new HttpClient(this.probe.url).withToken(this.adminToken);
  }

  async killProbe(): Promise<void> {
    await this.probeProcess?.kill();
    this.probeProcess = null;
  }

  async stopProbe(): Promise<void> {
    await this.probeProcess?.stop();
    this.probeProcess = null;
  }

  async startProbe(): Promise<EventsAppProcess> {
    if (this.probeProcess) throw new Error('the probe is already running');
    this.probeProcess = await startEventsApp('probe', this.probeEnv);
    return this.probeProcess;
  }

  /**
   * Writes `count` organisation.registered events through partners' outbox, `perTx` to a transaction
   * (each commit wakes the relay, as a real change does); returns their event ids in order.
   */
  produce(tag: string, count: number, perTx = 20): Promise<string[]> {
    return this.produceNamed(
      Array.from({ length: count }, (_, i) => `${tag}-${i}`),
      perTx,
    );
  }

  /** One event per name, in this order. */
  async produceNamed(names: readonly string[], perTx = 20): Promise<string[]> {
    const outbox = this.partners.app.get(Outbox);
    const db = this.partners.app.get(DataSource);
    const ids: string[] = [];
    for (let first = 0; first < names.length; first += perTx) {
      await db.transaction(async (tx) => {
        for (const name of names.slice(first, first + perTx))
          ids.push((await outbox.add(tx, SUBJECT, registered(name))).id);
      });
    }
    return ids;
  }

  /** How many effect rows each event id has in the probe (0 for one never applied). */
  async effects(ids: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map(ids.map((id) => [id, 0]));
    for (let at = 0; at < ids.length; at += 1000) {
      const rows = await this.probeQuery<{ event_id: string; n: number }>(
        'SELECT event_id, COUNT(*) AS n FROM probe_effects WHERE event_id IN (?) GROUP BY event_id',
        [ids.slice(at, at + 1000)],
      );
      for (const row of rows) counts.set(row.event_id, Number(row.n));
    }
    return counts;
  }

  /** All effect rows of the probe (a double effect of any event, ours or not, shows here). */
  async effectRows(): Promise<number> {
    const [row] = await this.probeQuery<{ n: number }>('SELECT COUNT(*) AS n FROM probe_effects');
    return Number(row.n);
  }

  /**
   * Waits until every event has an effect, then a little longer (so a late duplicate would show), and
   * returns the counts. Fails naming how many are missing.
   */
  async settledEffects(
    ids: readonly string[],
    withinMs: number,
    settleMs = 500,
  ): Promise<Map<string, number>> {
    const started = Date.now();
    for (;;) {
      const counts = await this.effects(ids);
      const missing = [...counts.values()].filter((n) => n === 0).length;
      if (missing === 0) break;
      if (Date.now() - started > withinMs)
        throw new Error(`${missing} of ${ids.length} events had no effect after ${withinMs} ms`);
      await sleep(100);
    }
    await sleep(settleMs);
    return this.effects(ids);
  }

  probeQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.probeDb.query<RowDataPacket[]>(sql, params).then(([rows]) => rows as T[]);
  }

  partnersQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.partners.app.get(DataSource).query(sql, params);
  }

  /** The partners stream (its state, and on a cluster its leader and replicas). */
  streamInfo(): Promise<StreamInfo> {
    return this.jsm.streams.info(streamName(this.prefix, 'partners'));
  }

  async streamMessages(): Promise<number> {
    return (await this.streamInfo()).state.messages;
  }

  /** The probe's durable consumer of the partners stream. */
  consumerInfo(): Promise<ConsumerInfo> {
    return this.jsm.consumers.info(streamName(this.prefix, 'partners'), PROBE_CONSUMER);
  }

  /** What the probe's consumer still has to take, and what it took but has not acked. */
  async consumerBacklog(): Promise<{ pending: number; ackPending: number }> {
    const info = await this.consumerInfo();
    return { pending: info.num_pending, ackPending: info.num_ack_pending };
  }

  async waitForConsumerIdle(withinMs: number): Promise<void> {
    let last = { pending: -1, ackPending: -1 };
    await eventually(async () => {
      last = await this.consumerBacklog();
      return last.pending === 0 && last.ackPending === 0;
    }, withinMs).catch((error: Error) => {
      throw new Error(`${error.message}: the probe's consumer still has ${JSON.stringify(last)}`);
    });
  }

  /** Publishes raw bytes on the partners subject, as anyone on the bus could: no Nats-Msg-Id. */
  async publishRaw(body: string): Promise<void> {
    await jetstream(this.nats).publish(`${this.prefix}${SUBJECT}`, body);
  }

  async outboxPending(): Promise<number> {
    const [row] = await this.partnersQuery<{ n: string }>(
      'SELECT COUNT(*) AS n FROM outbox WHERE published_at IS NULL',
    );
    return Number(row.n);
  }

  /** A counter of the probe's /metrics (summed over labels), e.g. linkage_events_redelivered_total. */
  async probeMetric(name: string): Promise<number> {
    const text = await (await fetch(`${this.probe.url}/metrics`)).text();
    return text
      .split('\n')
      .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
      .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
  }

  async close(): Promise<void> {
    const steps: (() => Promise<unknown>)[] = [
      () => this.killProbe(),
      () => this.partners.close(),
      () => dropDatabase(this.probeEnv),
      () => this.probeDb.end(),
      () => this.nats.close(),
    ];
    const failures: unknown[] = [];
    for (const step of steps) await step().catch((error: unknown) => failures.push(error));
    if (failures.length > 0) throw new Error(`closing the event rig: ${failures.map(String).join('; ')}`);
  }
}

export function registered(name: string): OrganisationRegisteredV1 {
  return {
    organisationId: newId(),
    name,
    kind: 'social_work_ngo',
    district: null,
    status: 'active',
    version: 1,
    changedAt: new Date().toISOString(),
  };
}

/** Polls until `check` holds; fails after `withinMs`. Returns the elapsed ms. */
export async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await sleep(50);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The event ids whose count is not exactly one, with their counts: [] when every event took effect once. */
export function notExactlyOnce(counts: Map<string, number>): [string, number][] {
  return [...counts].filter(([, n]) => n !== 1);
}
