import autocannon from 'autocannon';
import { cpuSeconds, cpuText } from './cpu';
import { Client } from './http';
import { createShift, createVolunteers, daysFromNow } from './fixtures';
import type { TokenMint } from './tokens';

export interface AssignmentsSetup {
  gatewayUrl: string;
  serviceUrl: string;
  coordinatorToken: string;
  mint: TokenMint;
  tag: string;
  assignments: number;
  connections: number;
  /** Seconds measured per target, after a warm-up of `warmup` seconds that is not. */
  duration: number;
  /**
   * Seconds of the same load before each measurement, not counted. Long enough for V8 to size a
   * process's heap for the load: in its first seconds under a new load the gateway ran a mark-compact
   * every 0.7 s (pauses of 7–24 ms, which were its p99), then settled into scavenges of 1–8 ms.
   */
  warmup: number;
  /** The process ids of the service and the gateway, for the CPU they spend per request. */
  pids: { service: number; gateway: number };
  /** Starts the bare anchor (bench/anchor.ts) for this volunteer and answers its URL and process id. */
  startAnchor: (volunteerId: string) => Promise<{ url: string; pid: number }>;
  /** The bare proxy in front of the anchor: what two bare hops give, the reference for the gateway's p99. */
  startAnchorProxy: (anchorUrl: string) => Promise<{ url: string; pid: number }>;
}

/** What p99 through the gateway may be, and the share of the anchor each target must reach (issue 15). */
export const ASSIGNMENTS_TARGETS = { service: 0.6, gateway: 0.35, gatewayP99Ms: 25 } as const;

export interface LoadResult {
  target: 'anchor' | 'gateway' | 'service' | 'two-hop';
  url: string;
  connections: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Server CPU (user + system, the gateway's and the service's through the gateway) per answer, in µs. */
  cpuPerRequestUs: number | null;
  /** Through the gateway (or the bare proxy): the front process's own part of cpuPerRequestUs. */
  gatewayCpuPerRequestUs?: number | null;
}

export interface AssignmentsResult {
  results: LoadResult[];
  failures: string[];
  lines: string[];
}

const PATH = '/api/volunteers/me/assignments';

/**
 * (b) "My assignments": one volunteer confirmed on N shifts that do not overlap, then GET
 * /api/volunteers/me/assignments from `connections` connections for `duration` seconds, through the
 * gateway and then straight to the service.
 */
export async function myAssignments(setup: AssignmentsSetup): Promise<AssignmentsResult> {
  const { gatewayUrl, serviceUrl, coordinatorToken, assignments: count } = setup;
  const client = new Client(8);
  let volunteerToken: string;
  let anchor: { url: string; pid: number };
  let anchorProxy: { url: string; pid: number };
  try {
    const [volunteer] = await createVolunteers(
      client,
      gatewayUrl,
      coordinatorToken,
      setup.mint,
      `${setup.tag}a`,
      1,
    );
    volunteerToken = volunteer.token;
    anchor = await setup.startAnchor(volunteer.id);
    anchorProxy = await setup.startAnchorProxy(anchor.url);
    // One shift a day, two hours each: none overlaps another, so every sign-up is confirmed.
    for (let i = 0; i < count; i += 1) {
      const shiftId = await createShift(client, gatewayUrl, coordinatorToken, {
        title: `压测：我的任务 ${i + 1}`,
        startsAt: daysFromNow(30 + i),
        hours: 2,
        capacity: 10,
      });
      const signup = await client.expect<{ status: string }>(
        201,
        'POST',
        `${gatewayUrl}/api/shifts/${shiftId}/signups`,
        volunteerToken,
        {},
      );
      if (signup.status !== 'confirmed')
        throw new Error(`sign-up ${i + 1} is ${signup.status}, not confirmed`);
    }
    for (const base of [anchor.url, gatewayUrl, serviceUrl, anchorProxy.url]) {
      const page = await client.expect<{ items: unknown[] }>(200, 'GET', `${base}${PATH}`, volunteerToken);
      if (page.items.length !== count) {
        throw new Error(`${base}${PATH} lists ${page.items.length} assignments, expected ${count}`);
      }
    }
  } finally {
    await client.close();
  }

  const results: LoadResult[] = [];
  // The anchor first and last: the figure is their mean, so a machine that slows down or speeds up in the
  // middle of the run moves the anchor with the targets.
  const anchorRuns: LoadResult[] = [];
  const { pids } = setup;
  for (const [target, base, servers] of [
    ['anchor', anchor.url, [anchor.pid]],
    ['gateway', gatewayUrl, [pids.gateway, pids.service]],
    ['service', serviceUrl, [pids.service]],
    ['two-hop', anchorProxy.url, [anchorProxy.pid, anchor.pid]],
    ['anchor', anchor.url, [anchor.pid]],
  ] as const) {
    const options: autocannon.Options = {
      url: `${base}${PATH}`,
      connections: setup.connections,
      pipelining: 1,
      timeout: 10,
      headers: { authorization: `Bearer ${volunteerToken}` },
    };
    if (setup.warmup > 0) await autocannon({ ...options, duration: setup.warmup });
    const cpuBefore = cpuSeconds(servers);
    const front = servers.length > 1 ? [servers[0]] : [];
    const gatewayBefore = cpuSeconds(front);
    const run = await autocannon({ ...options, duration: setup.duration });
    const cpuAfter = cpuSeconds(servers);
    const gatewayAfter = cpuSeconds(front);
    const perRequest = (before: number | null, after: number | null): number | null =>
      before === null || after === null || run.requests.total === 0
        ? null
        : ((after - before) * 1e6) / run.requests.total;
    (target === 'anchor' ? anchorRuns : results).push({
      target,
      url: options.url,
      connections: run.connections,
      requests: run.requests.total,
      reqPerSec: run.requests.average,
      p50: run.latency.p50,
      p99: run.latency.p99,
      max: run.latency.max,
      non2xx: run.non2xx,
      errors: run.errors,
      timeouts: run.timeouts,
      cpuPerRequestUs: perRequest(cpuBefore, cpuAfter),
      ...(front.length > 0 ? { gatewayCpuPerRequestUs: perRequest(gatewayBefore, gatewayAfter) } : {}),
    });
  }

  results.unshift(meanOf(anchorRuns));
  const failures = results.flatMap((r) =>
    r.non2xx + r.errors > 0
      ? [`${r.target}: ${r.non2xx} non-2xx, ${r.errors} errors (${r.timeouts} timeouts)`]
      : [],
  );
  const lines = [
    `(b) my assignments: one volunteer with ${count} confirmed assignments, GET ${PATH}`,
    `    load         autocannon, ${setup.connections} connections, pipelining 1, ${setup.duration} s per target after a ${setup.warmup} s warm-up`,
    ...results.map(
      (r) =>
        `    ${r.target.padEnd(12)} ${r.reqPerSec.toFixed(1)} req/s (${r.requests} in ${setup.duration} s), p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms; non-2xx ${r.non2xx}, errors ${r.errors}`,
    ),
    `    server CPU   ${results.map((r) => `${r.target} ${cpuText(r.cpuPerRequestUs)}${splitText(r)}`).join(', ')} per answer (user + system; through the gateway: the gateway's and the service's)`,
    `    anchor runs  ${anchorRuns.map((r) => `${r.reqPerSec.toFixed(1)} req/s`).join(' before, ')} after (their mean is the anchor)`,
  ];
  return { results, failures, lines };
}

/** Through two processes, how the CPU per answer divides between the front one and the one behind it. */
function splitText(r: LoadResult): string {
  if (r.gatewayCpuPerRequestUs == null || r.cpuPerRequestUs === null) return '';
  const behind = r.cpuPerRequestUs - r.gatewayCpuPerRequestUs;
  const [front, back] = r.target === 'two-hop' ? ['proxy', 'anchor'] : ['gateway', 'service'];
  return ` (${front} ${cpuText(r.gatewayCpuPerRequestUs)} + ${back} ${cpuText(behind)})`;
}

function meanOf(runs: LoadResult[]): LoadResult {
  const mean = (pick: (r: LoadResult) => number): number =>
    runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
  return {
    ...runs[0],
    requests: Math.round(mean((r) => r.requests)),
    reqPerSec: mean((r) => r.reqPerSec),
    p50: mean((r) => r.p50),
    p99: mean((r) => r.p99),
    max: Math.max(...runs.map((r) => r.max)),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    timeouts: runs.reduce((sum, r) => sum + r.timeouts, 0),
    cpuPerRequestUs: runs.some((r) => r.cpuPerRequestUs === null) ? null : mean((r) => r.cpuPerRequestUs!),
  };
}
