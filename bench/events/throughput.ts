import { EventSubject, type EventEnvelope, type OrganisationRegisteredV1 } from '@linkage/contracts';
import { newId } from '@linkage/database';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { EventsAppProcess } from './processes';

export interface ThroughputSetup {
  nats: NatsConnection;
  prefix: string;
  db: Connection;
  probeDb: string;
  tag: string;
  events: number;
  /** Starts the probe consumer (it must not be running while the stream is preloaded). */
  startProbe: () => Promise<EventsAppProcess>;
}

export interface ThroughputResult {
  events: number;
  preloadSeconds: number;
  /** Events per second from the first effect to the last (the consumer at work, start-up excluded). */
  perSecond: number;
  seconds: number;
  /** CPU seconds the probe process and MariaDB spent while it ran (from /proc; null when unknown). */
  probeCpu: number | null;
  mysqlCpu: number | null;
  missing: number;
  doubled: number;
  failures: string[];
  lines: string[];
}

const PRELOAD_IN_FLIGHT = 500;
const APPLY_TIMEOUT_MS = 180_000;

/**
 * (b) Sustained throughput of one consumer: `events` organisation.registered events are put in the
 * stream first (published as partners' relay does, with Nats-Msg-Id), then the probe consumer starts
 * and applies them (inbox row + effect row per event, in its batches). Measured from its first effect
 * to its last.
 */
export async function consumerThroughput(setup: ThroughputSetup): Promise<ThroughputResult> {
  const js = jetstream(setup.nats);
  const subject = `${setup.prefix}${EventSubject.partnersOrganisationRegistered}`;
  const names = Array.from({ length: setup.events }, (_, i) => `tp-${setup.tag}-${i}`);
  const preloadStarted = performance.now();
  for (let at = 0; at < names.length; at += PRELOAD_IN_FLIGHT) {
    await Promise.all(
      names.slice(at, at + PRELOAD_IN_FLIGHT).map((name) => {
        const envelope = envelopeFor(name);
        return js.publish(subject, JSON.stringify(envelope), { msgID: envelope.id });
      }),
    );
  }
  const preloadSeconds = (performance.now() - preloadStarted) / 1000;

  const mysqlBefore = cpuOf('mariadbd') ?? cpuOf('mysqld');
  const probe = await setup.startProbe();
  const started = Date.now();
  const count = async (): Promise<number> => {
    const [[row]] = await setup.db.query<RowDataPacket[]>(
      `SELECT COUNT(*) AS n FROM \`${setup.probeDb}\`.probe_effects WHERE name LIKE ?`,
      [`tp-${setup.tag}-%`],
    );
    return Number(row.n);
  };
  while ((await count()) < setup.events && Date.now() - started < APPLY_TIMEOUT_MS) await sleep(100);
  const probeCpu = cpuSeconds(probe.pid);
  const mysqlAfter = cpuOf('mariadbd') ?? cpuOf('mysqld');

  const [[span]] = await setup.db.query<RowDataPacket[]>(
    `SELECT MIN(applied_at) AS first, MAX(applied_at) AS last, COUNT(*) AS n, COUNT(DISTINCT event_id) AS events
       FROM \`${setup.probeDb}\`.probe_effects WHERE name LIKE ?`,
    [`tp-${setup.tag}-%`],
  );
  const seconds = Math.max(0.001, ((span.last as Date).getTime() - (span.first as Date).getTime()) / 1000);
  const distinct = Number(span.events);
  const missing = setup.events - distinct;
  const doubled = Number(span.n) - distinct;
  const perSecond = distinct / seconds;
  const mysqlCpu = mysqlBefore !== null && mysqlAfter !== null ? mysqlAfter - mysqlBefore : null;

  const failures: string[] = [];
  if (missing > 0) failures.push(`(b) ${missing} preloaded events had no effect`);
  if (doubled > 0) failures.push(`(b) ${doubled} extra effects (an event applied twice)`);
  const cpu = (value: number | null) => (value === null ? 'unknown' : `${value.toFixed(1)} CPU-s`);
  const lines = [
    `  preloaded ${setup.events} events into the stream in ${preloadSeconds.toFixed(1)} s`,
    `  one consumer applied ${distinct} in ${seconds.toFixed(2)} s (first effect → last): ${perSecond.toFixed(0)} events/s`,
    `  CPU meanwhile: probe process ${cpu(probeCpu)} (start-up included), MariaDB ${cpu(mysqlCpu)}`,
    `  each event took effect once: ${missing === 0 && doubled === 0 ? 'yes' : `NO (${missing} missing, ${doubled} doubled)`}`,
  ];
  return {
    events: setup.events,
    preloadSeconds,
    perSecond,
    seconds,
    probeCpu,
    mysqlCpu,
    missing,
    doubled,
    failures,
    lines,
  };
}

function envelopeFor(name: string): EventEnvelope<OrganisationRegisteredV1> {
  const now = new Date().toISOString();
  return {
    id: newId(),
    subject: EventSubject.partnersOrganisationRegistered,
    occurredAt: now,
    producer: 'partners',
    correlationId: randomUUID(),
    causationId: null,
    payload: {
      organisationId: newId(),
      name,
      kind: 'social_work_ngo',
      district: null,
      status: 'active',
      version: 1,
      changedAt: now,
    },
  };
}

/** User + system CPU seconds of a process so far (Linux /proc), or null. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat, i.e. 11 and 12 after the command; in clock ticks.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds of the first process whose command is `name`, or null. */
function cpuOf(name: string): number | null {
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) return cpuSeconds(Number(entry));
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return null;
}

function sleep(msToWait: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msToWait));
}
