import autocannon from 'autocannon';
import { Client } from '../http';

export interface EventListSetup {
  gatewayUrl: string;
  coordinatorToken: string;
  /** A partner member of the organisation whose events `eventIds` are. */
  partnerToken: string;
  /** That organisation's approved events. */
  eventIds: string[];
  /** All approved events in the database (what a coordinator's list pages through). */
  totalEvents: number;
  connections: number;
  /** Seconds measured per target, after a warm-up of WARM_UP_SECONDS that is not. */
  duration: number;
}

export interface ListLoad {
  label: string;
  path: string;
  information: boolean;
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface EventListResult {
  results: ListLoad[];
  failures: string[];
  lines: string[];
}

const WARM_UP_SECONDS = 2;
const LIST = '/api/events?limit=20';

/**
 * (b) The partner event list with staffing, through the gateway: GET /api/events?limit=20 as a
 * coordinator (every organisation's events) and as the partner member (their organisation's), and, for
 * information, GET /api/events/:id/staffing as the partner member, cycling through the organisation's
 * events; `connections` connections for `duration` seconds each after a warm-up.
 */
export async function eventList(setup: EventListSetup): Promise<EventListResult> {
  const client = new Client(2);
  try {
    const check = async (token: string, expected: number): Promise<void> => {
      const page = await client.expect<{ items: { status: string }[]; nextCursor: string | null }>(
        200,
        'GET',
        `${setup.gatewayUrl}${LIST}`,
        token,
      );
      if (page.items.length !== Math.min(20, expected) || page.items.some((e) => e.status !== 'approved'))
        throw new Error(`GET ${LIST} answered ${page.items.length} items, not 20 approved ones`);
    };
    await check(setup.coordinatorToken, setup.totalEvents);
    await check(setup.partnerToken, setup.eventIds.length);
    await client.expect(
      200,
      'GET',
      `${setup.gatewayUrl}/api/events/${setup.eventIds[0]}/staffing`,
      setup.partnerToken,
    );
  } finally {
    await client.close();
  }

  let next = 0;
  const staffingPath = (): string => {
    const id = setup.eventIds[next % setup.eventIds.length];
    next += 1;
    return `/api/events/${id}/staffing`;
  };
  const targets = [
    { label: `list, coordinator (${setup.totalEvents} events)`, token: setup.coordinatorToken, path: LIST },
    { label: `list, partner (${setup.eventIds.length} events)`, token: setup.partnerToken, path: LIST },
    { label: 'staffing, partner', token: setup.partnerToken, path: '/api/events/:id/staffing' },
  ];
  const results: ListLoad[] = [];
  for (const target of targets) {
    const staffing = target.path.includes(':id');
    const options: autocannon.Options = {
      url: `${setup.gatewayUrl}${staffing ? staffingPath() : target.path}`,
      connections: setup.connections,
      pipelining: 1,
      timeout: 10,
      headers: { authorization: `Bearer ${target.token}` },
      ...(staffing
        ? { requests: [{ setupRequest: (request) => ({ ...request, path: staffingPath() }) }] }
        : {}),
    };
    await autocannon({ ...options, duration: WARM_UP_SECONDS });
    const run = await autocannon({ ...options, duration: setup.duration });
    results.push({
      label: target.label,
      path: target.path,
      information: staffing,
      requests: run.requests.total,
      reqPerSec: run.requests.average,
      p50: run.latency.p50,
      p99: run.latency.p99,
      max: run.latency.max,
      non2xx: run.non2xx,
      errors: run.errors,
      timeouts: run.timeouts,
    });
  }

  const failures = results.flatMap((r) =>
    r.non2xx + r.errors > 0
      ? [`${r.label}: ${r.non2xx} non-2xx, ${r.errors} errors (${r.timeouts} timeouts)`]
      : [],
  );
  const lines = [
    `(b) partner event list with staffing, through the gateway: ${setup.totalEvents} approved events, the partner's organisation ${setup.eventIds.length} of them`,
    `    load         autocannon, ${setup.connections} connections, pipelining 1, ${setup.duration} s per target after a ${WARM_UP_SECONDS} s warm-up`,
    ...results.map(
      (r) =>
        `    ${r.label.padEnd(34)} GET ${r.path}: ${r.reqPerSec.toFixed(1)} req/s (${r.requests} in ${setup.duration} s), p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms; non-2xx ${r.non2xx}, errors ${r.errors}`,
    ),
  ];
  return { results, failures, lines };
}
