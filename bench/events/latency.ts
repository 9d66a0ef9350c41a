import type { Connection, RowDataPacket } from 'mysql2/promise';
import { Client } from '../http';
import { ms, percentile, tally } from '../stats';
import type { EventsAppProcess } from './processes';

export interface LatencySetup {
  partners: EventsAppProcess;
  coordinatorToken: string;
  /** A connection that can read both databases (the same MySQL server), reading DATETIMEs as UTC. */
  db: Connection;
  partnersDb: string;
  probeDb: string;
  tag: string;
  events: number;
  /** Changes per second, started on a fixed schedule whatever the earlier ones take (open loop). */
  rate: number;
}

export interface LatencyResult {
  label: string;
  events: number;
  rate: number;
  /** How fast the changes were actually committed (below `rate` when the producer could not keep up). */
  committedRate: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  failures: string[];
  lines: string[];
}

const WARM_UP = 50;
const SETTLE_TIMEOUT_MS = 60_000;

interface Sent {
  name: string;
  /** When the producer's transaction had committed (ms since the epoch), when known. */
  committedAt?: number;
  ok: boolean;
}

/**
 * (a) Commit → effect in another service: partners commits organisation.registered events through its
 * outbox at a steady rate (one transaction each, in the partners process; ./serve.ts `emit`), and each
 * one's latency runs from the moment its commit returned to `applied_at`, which the probe's handler
 * takes in its own transaction in its own process. Same machine, same clock.
 */
export async function commitToEffect(setup: LatencySetup): Promise<LatencyResult> {
  const send = async (name: string): Promise<Sent> => {
    try {
      const { committedAt } = await setup.partners.emit(name);
      return { name, committedAt, ok: true };
    } catch {
      return { name, ok: false };
    }
  };
  return measure(setup, `commit → effect, ${setup.rate}/s`, 'c', send, (row, sent) =>
    sent.committedAt === undefined ? null : row.applied - sent.committedAt,
  );
}

/**
 * (a′) The same through the front door: POST /api/organisations as a coordinator (token check,
 * validation, the organisation, its event and its audit row in one transaction). Timed from the
 * event's `occurredAt` (taken inside that transaction, just before its commit) to `applied_at`.
 */
export async function requestToEffect(setup: LatencySetup): Promise<LatencyResult> {
  const client = new Client(64);
  try {
    const send = async (name: string): Promise<Sent> => {
      const reply = await client
        .send('POST', `${setup.partners.url}/api/organisations`, setup.coordinatorToken, {
          name,
          kind: 'social_work_ngo',
        })
        .catch(() => null);
      return { name, ok: reply?.status === 201 };
    };
    return await measure(
      setup,
      `POST /api/organisations → effect, ${setup.rate}/s`,
      'h',
      send,
      (row) => row.applied - row.occurred,
    );
  } finally {
    await client.close();
  }
}

interface Effect {
  name: string;
  occurred: number;
  claimed: number;
  applied: number;
}

async function measure(
  setup: LatencySetup,
  label: string,
  kind: string,
  send: (name: string) => Promise<Sent>,
  latencyOf: (effect: Effect, sent: Sent) => number | null,
): Promise<LatencyResult> {
  const prefix = `lat${kind}-${setup.tag}`;
  // Warm-up (JIT, pools, the consumer's first pull): not measured.
  for (let i = 0; i < WARM_UP; i += 1) await send(`warm${kind}-${setup.tag}-${i}`);

  const names = Array.from({ length: setup.events }, (_, i) => `${prefix}-${i}`);
  const interval = 1000 / setup.rate;
  const started = performance.now();
  const pending: Promise<Sent>[] = [];
  for (const [i, name] of names.entries()) {
    const wait = started + i * interval - performance.now();
    if (wait > 1) await sleep(wait);
    pending.push(send(name));
  }
  const sent = await Promise.all(pending);
  const committedRate = setup.events / ((performance.now() - started) / 1000);
  const ok = sent.filter((s) => s.ok);

  await waitForEffects(setup, prefix, ok.length);
  const effects = await effectsOf(setup, prefix);
  const byName = new Map(sent.map((s) => [s.name, s]));
  const perName = new Map<string, number>();
  const latencies: number[] = [];
  const toRelay: number[] = [];
  const relayToEffect: number[] = [];
  for (const effect of effects) {
    perName.set(effect.name, (perName.get(effect.name) ?? 0) + 1);
    if (perName.get(effect.name)! > 1) continue;
    const latency = latencyOf(effect, byName.get(effect.name)!);
    if (latency !== null) latencies.push(latency);
    toRelay.push(effect.claimed - effect.occurred);
    relayToEffect.push(effect.applied - effect.claimed);
  }
  for (const list of [latencies, toRelay, relayToEffect]) list.sort((a, b) => a - b);
  const missing = ok.length - perName.size;
  const doubled = [...perName.values()].filter((n) => n > 1).length;

  const failures: string[] = [];
  if (ok.length !== setup.events)
    failures.push(`(${label}) only ${ok.length} of ${setup.events} changes committed`);
  if (missing > 0) failures.push(`(${label}) ${missing} events had no effect`);
  if (doubled > 0) failures.push(`(${label}) ${doubled} events took effect more than once`);
  const result = {
    label,
    events: setup.events,
    rate: setup.rate,
    committedRate,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? 0,
  };
  const lines = [
    `  ${setup.events} changes at ${setup.rate}/s: committed ${tally(sent.map((s) => (s.ok ? 'ok' : 'failed')))} at ${committedRate.toFixed(1)}/s`,
    `  latency: p50 ${ms(result.p50)}, p90 ${ms(result.p90)}, p99 ${ms(result.p99)}, max ${ms(result.max)}`,
    `    event occurred → relay claimed it: p50 ${ms(percentile(toRelay, 50))}, p99 ${ms(percentile(toRelay, 99))};` +
      ` claimed → applied: p50 ${ms(percentile(relayToEffect, 50))}, p99 ${ms(percentile(relayToEffect, 99))}`,
    `  each event took effect once: ${missing === 0 && doubled === 0 ? 'yes' : `NO (${missing} missing, ${doubled} doubled)`}`,
  ];
  return { ...result, failures, lines };
}

interface EffectRow extends RowDataPacket {
  name: string;
  occurred_at: Date;
  published_at: Date;
  applied_at: Date;
}

/** Each measured event's times: occurred (producer), claimed by the relay, applied (probe). */
async function effectsOf(setup: LatencySetup, prefix: string): Promise<Effect[]> {
  const [rows] = await setup.db.query<EffectRow[]>(
    `SELECT e.name, e.occurred_at, o.published_at, e.applied_at
       FROM \`${setup.probeDb}\`.probe_effects e
       JOIN \`${setup.partnersDb}\`.outbox o ON o.id = e.event_id
      WHERE e.name LIKE ?`,
    [`${prefix}-%`],
  );
  return rows.map((r) => ({
    name: r.name,
    occurred: r.occurred_at.getTime(),
    claimed: r.published_at.getTime(),
    applied: r.applied_at.getTime(),
  }));
}

async function waitForEffects(setup: LatencySetup, prefix: string, expected: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    const [[row]] = await setup.db.query<RowDataPacket[]>(
      `SELECT COUNT(DISTINCT event_id) AS n FROM \`${setup.probeDb}\`.probe_effects WHERE name LIKE ?`,
      [`${prefix}-%`],
    );
    if (Number(row.n) >= expected) return;
    if (Date.now() - started > SETTLE_TIMEOUT_MS) return; // what is still missing is reported
    await sleep(100);
  }
}

function sleep(msToWait: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msToWait));
}
