import type { Pool, RowDataPacket } from 'mysql2/promise';
import { Client, inBatches } from '../http';
import { ms, percentile, tally } from '../stats';

export interface ApprovalSetup {
  /** Partners, straight (not through the gateway). */
  partnersUrl: string;
  coordinatorToken: string;
  /** The partner member token of each organisation, in the order of `organisations`. */
  partnerTokens: string[];
  /** How many of the events each organisation drafts (their sum is the number of approvals). */
  organisations: number[];
  /** Reads volunteers' database (the same MySQL server); a few connections, for the pollers. */
  volunteersDb: Pool;
  tag: string;
  /** Approvals per second, started on a fixed schedule whatever the earlier ones take (open loop). */
  rate: number;
}

export interface ApprovalResult {
  approvals: number;
  /** The approved events' ids per organisation, in the order of `organisations`. */
  eventIds: string[][];
  p50: number;
  p90: number;
  p99: number;
  max: number;
  failures: string[];
  lines: string[];
}

/** A shift is looked for this often while an approval is outstanding. */
const POLL_MS = 3;
/** An approval whose shift has not appeared after this long is a failure. */
const SHIFT_TIMEOUT_MS = 30_000;
/** After the last shift appeared, this long for a duplicate (or a stray shift) to show itself. */
const SETTLE_MS = 3_000;
const SHIFTS_PER_EVENT = 1;

const sleep = (millis: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, millis));

/** A one-role, one-occurrence event `days` ahead (09:00–11:00 in Beijing time), needing 3 volunteers. */
function draftEvent(title: string, days: number): Record<string, unknown> {
  const date = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return {
    title,
    kind: 'elderly_care_visit',
    community: '压测社区',
    venue: { name: '压测活动中心' },
    schedule: { startsAt: `${date}T09:00:00+08:00`, endsAt: `${date}T11:00:00+08:00` },
    roles: [{ key: 'helper', name: '活动协助', count: 3 }],
  };
}

/**
 * (a) Approval → shifts visible in volunteers: each organisation's partner member drafts its events and
 * submits them through partners' HTTP API; then a coordinator approves them at a steady rate, and each
 * approval is timed from just before its request is sent until volunteers' database has the event's
 * shift committed (polled every POLL_MS). The figure so includes the approval's HTTP round trip, partners'
 * transaction and outbox, NATS JetStream, and volunteers' consumer transaction.
 */
export async function approvalToShifts(setup: ApprovalSetup): Promise<ApprovalResult> {
  const client = new Client(16);
  try {
    const eventIds: string[][] = [];
    for (const [o, count] of setup.organisations.entries()) {
      const token = setup.partnerTokens[o];
      eventIds.push(
        await inBatches(count, 8, async (i) => {
          const event = await client.expect<{ id: string; status: string }>(
            201,
            'POST',
            `${setup.partnersUrl}/api/events`,
            token,
            draftEvent(`压测活动 ${setup.tag} ${o + 1}-${i + 1}`, 20 + (i % 300)),
          );
          const submitted = await client.expect<{ status: string }>(
            200,
            'POST',
            `${setup.partnersUrl}/api/events/${event.id}/submit`,
            token,
            {},
          );
          if (submitted.status !== 'submitted') throw new Error(`event ${event.id} is ${submitted.status}`);
          return event.id;
        }),
      );
    }
    const all = eventIds.flat();

    const statuses: number[] = [];
    const latencies: number[] = [];
    const failures: string[] = [];
    const interval = 1000 / setup.rate;
    const started = performance.now();
    await Promise.all(
      all.map(async (id, i) => {
        const due = started + i * interval;
        await sleep(Math.max(0, due - performance.now()));
        const sentAt = performance.now();
        const approving = client
          .send('POST', `${setup.partnersUrl}/api/events/${id}/approve`, setup.coordinatorToken, {})
          .then(
            (reply) => reply.status,
            () => 0,
          );
        // Polled from the moment the request is sent: the shift may land before the reply arrives.
        let seenAt: number | null = null;
        const answer: { status: number | null } = { status: null };
        void approving.then((s) => (answer.status = s));
        while (seenAt === null && performance.now() - sentAt < SHIFT_TIMEOUT_MS) {
          if (answer.status !== null && answer.status !== 200) break;
          const [rows] = await setup.volunteersDb.query<RowDataPacket[]>(
            "SELECT COUNT(*) AS n FROM shifts WHERE source_type = 'partner_event' AND source_id = ?",
            [id],
          );
          if (Number(rows[0].n) >= SHIFTS_PER_EVENT) seenAt = performance.now();
          else await sleep(POLL_MS);
        }
        statuses.push(await approving);
        if (seenAt === null)
          failures.push(`event ${id}: no shift in volunteers (approval answered ${answer.status})`);
        else latencies.push(seenAt - sentAt);
      }),
    );
    const elapsed = (performance.now() - started) / 1000;

    await sleep(SETTLE_MS);
    const [rows] = await setup.volunteersDb.query<RowDataPacket[]>(
      "SELECT source_id AS id, COUNT(*) AS n FROM shifts WHERE source_type = 'partner_event' GROUP BY source_id",
    );
    const counts = new Map(rows.map((row) => [String(row.id), Number(row.n)]));
    const approved = new Set(all);
    const wrong = all.filter((id) => (counts.get(id) ?? 0) !== SHIFTS_PER_EVENT);
    const stray = [...counts.keys()].filter((id) => !approved.has(id));
    if (statuses.some((s) => s !== 200)) failures.push(`approvals answered ${tally(statuses)}, not all 200`);
    if (wrong.length > 0)
      failures.push(
        `${wrong.length} approved events do not have exactly ${SHIFTS_PER_EVENT} shift: ${wrong
          .slice(0, 5)
          .map((id) => `${id} has ${counts.get(id) ?? 0}`)
          .join(', ')}`,
      );
    if (stray.length > 0) failures.push(`${stray.length} shifts of events that were not approved here`);

    const sorted = [...latencies].sort((a, b) => a - b);
    const result = {
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? 0,
    };
    const lines = [
      `(a) approval → shift visible in volunteers: ${all.length} events (one role × one occurrence each), approved at ${setup.rate}/s (${(all.length / elapsed).toFixed(1)}/s achieved)`,
      `    measured     from just before POST /api/events/:id/approve is sent (straight to partners) until volunteers' shifts table has the event's shift; includes the approval's HTTP round trip; polled every ${POLL_MS} ms`,
      `    approvals    ${tally(statuses)}; shifts per approved event ${tally(all.map((id) => counts.get(id) ?? 0))}; stray ${stray.length}`,
      `    latency      p50 ${ms(result.p50)}, p90 ${ms(result.p90)}, p99 ${ms(result.p99)}, max ${ms(result.max)} (${sorted.length} measured)`,
    ];
    return { approvals: all.length, eventIds, ...result, failures, lines };
  } finally {
    await client.close();
  }
}
