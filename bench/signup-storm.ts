import type { Connection, RowDataPacket } from 'mysql2/promise';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpuSeconds, cpuText } from './cpu';
import { Client, type Reply } from './http';
import { createShift, createVolunteers, daysFromNow, type BenchVolunteer } from './fixtures';
import { ms, percentile, tally } from './stats';
import type { TokenMint } from './tokens';

/**
 * What a storm must reach through the gateway (issue 15): the rate on any number of shifts, and the p99
 * on the storm of 500 on one shift. (With 5,000 at once the last answer comes after 5,000 sign-ups'
 * work, so its p99 follows from the rate: 5 s at 1,000/s.)
 */
export const STORM_TARGETS = { perSecond: 1000, p99Ms: 1000 } as const;

export interface StormSetup {
  gatewayUrl: string;
  coordinatorToken: string;
  mint: TokenMint;
  /** The volunteers service's database, to read the tickets the server handed out. */
  db: Connection;
  tag: string;
  /** Volunteers in all; each signs up for one of the shifts (the i-th for shift i mod `shifts`). */
  volunteers: number;
  /** Places on each shift. */
  capacity: number;
  shifts: number;
  /** The process ids of the service and the gateway, for the CPU they spend per sign-up. */
  pids: { service: number; gateway: number };
}

export interface StormResult {
  volunteers: number;
  capacity: number;
  shifts: number;
  concurrency: number;
  confirmed: number;
  waitlisted: number;
  statuses: string;
  non2xx: string;
  /** Requests that got no HTTP answer at all (connection errors, timeouts). */
  errors: number;
  seconds: number;
  perSecond: number;
  min: number;
  p50: number;
  p99: number;
  max: number;
  /** Server CPU (user + system, the gateway's and the service's) per sign-up, in µs. */
  cpuPerSignupUs: number | null;
  /** The same, each process alone. */
  cpuSplitUs: { gateway: number; service: number } | null;
  /** What this process (the load) spent per sign-up, on the same cores. */
  clientCpuUs: number;
  /** Each broken invariant, in words; empty when all held. */
  failures: string[];
  lines: string[];
}

interface SignupBody {
  id: string;
  volunteerId: string;
  status: string;
  waitlistPosition: number | null;
}

interface RosterPage {
  items: SignupBody[];
  nextCursor: string | null;
}

/** What one shift's outcome showed, for the lines printed. */
interface ShiftOutcome {
  confirmed: number;
  waitlisted: number;
  positions: string;
  followsTickets: boolean;
  roster: string;
  rosterAgrees: boolean;
}

/**
 * (a) Sign-up storm: N volunteers, S shifts of C places each, N sign-ups fired at once through the
 * gateway (one connection each), twice: on shifts of another day (the warm-up, shown as the cold
 * start), then on the storm's shifts, whose outcome is checked against the invariants: exactly C
 * confirmed on each, the rest waitlisted 1..N/S-C in the order of the server's tickets.
 */
export async function signupStorm(setup: StormSetup): Promise<StormResult> {
  const { gatewayUrl, coordinatorToken, volunteers: count, capacity, shifts: shiftCount } = setup;
  const setupClient = new Client(8);
  // One connection per sign-up, so all of them are on the wire together.
  const storm = new Client(count);
  try {
    const volunteers = await createVolunteers(
      setupClient,
      gatewayUrl,
      coordinatorToken,
      setup.mint,
      `${setup.tag}s${shiftCount}`,
      count,
    );
    const createShifts = async (title: string, days: number): Promise<string[]> => {
      const ids: string[] = [];
      for (let s = 0; s < shiftCount; s += 1) {
        ids.push(
          await createShift(setupClient, gatewayUrl, coordinatorToken, {
            title: shiftCount === 1 ? title : `${title} ${s + 1}/${shiftCount}`,
            // The same hours on every shift of a day: a volunteer signs up for one only, so nothing
            // overlaps (the warm-up's shifts are on another day).
            startsAt: daysFromNow(days),
            hours: 3,
            capacity,
          }),
        );
      }
      return ids;
    };
    const shiftIds = await createShifts('压测：报名洪峰', 7);
    const rounds = Math.ceil(WARM_UP_SIGNUPS / count);
    const warmUpIds: string[][] = [];
    for (let round = 0; round < rounds; round += 1) {
      warmUpIds.push(await createShifts(`压测：预热 ${round + 1}`, 8 + round));
    }
    const signupsUrl = (shiftId: string): string => `${gatewayUrl}/api/shifts/${shiftId}/signups`;
    const shiftOf = (i: number): string => shiftIds[i % shiftCount];
    const fire = (ids: string[], name: string): Promise<Wave> =>
      wave(storm, volunteers, (i) => signupsUrl(ids[i % shiftCount]), setup.pids, name);

    // The storm meets a warm server, as a popular shift finds one in service: the same volunteers first
    // sign up at once for shifts on other days (warm-up storms of the same size), which compiles the
    // paths this load takes in every process (the load's own too) and opens every connection on the
    // way. The first one's figures are shown as the cold start.
    const warmUps: Wave[] = [];
    for (const [round, ids] of warmUpIds.entries()) {
      const warmUp = await fire(ids, `warm-up-${shiftCount}-${round + 1}`);
      const refused = warmUp.replies.filter((r) => r.status !== 201);
      if (refused.length > 0)
        throw new Error(`warm-up storm ${round + 1} answered ${tally(refused.map((r) => r.status))}`);
      warmUps.push(warmUp);
    }
    const cold = warmUps[0];

    const measured = await fire(shiftIds, `storm-${shiftCount}`);
    const { replies, seconds, latencies, cpuUs } = measured;

    const failures: string[] = [];
    const check = (ok: boolean, failure: string): void => {
      if (!ok) failures.push(failure);
    };

    const statuses = replies.map((r) => r.status);
    const non2xx = statuses.filter((s) => s !== 0 && (s < 200 || s > 299));
    const failed = replies.filter((r) => r.status === 0);
    check(non2xx.length === 0, `non-2xx answers: ${tally(non2xx)}`);
    check(!non2xx.some((s) => s >= 500), `server errors: ${tally(non2xx.filter((s) => s >= 500))}`);
    check(failed.length === 0, `${failed.length} requests got no answer (${failed[0]?.body.status})`);

    const ok = replies.flatMap((r, i) =>
      r.status >= 200 && r.status <= 299 ? [{ r, v: volunteers[i], shiftId: shiftOf(i) }] : [],
    );
    check(
      ok.every(({ r, v }) => r.body.volunteerId === v.id),
      'a sign-up answered for another volunteer',
    );
    check(new Set(ok.map(({ r }) => r.body.id)).size === ok.length, 'two answers name the same sign-up');
    const others = ok.filter(({ r }) => !['confirmed', 'waitlisted'].includes(r.body.status));
    check(others.length === 0, `other statuses: ${tally(others.map(({ r }) => r.body.status))}`);

    const outcomes: ShiftOutcome[] = [];
    for (const [s, shiftId] of shiftIds.entries()) {
      const name = shiftCount === 1 ? '' : `shift ${s + 1}: `;
      const answers = ok.filter((a) => a.shiftId === shiftId).map(({ r }) => r.body);
      const expected = volunteers.filter((_, i) => shiftOf(i) === shiftId).length;
      outcomes.push(
        await checkShift(setup, setupClient, signupsUrl(shiftId), shiftId, answers, expected, (ok, failure) =>
          check(ok, `${name}${failure}`),
        ),
      );
    }

    const sum = (pick: (o: ShiftOutcome) => number): number => outcomes.reduce((n, o) => n + pick(o), 0);
    const result: StormResult = {
      volunteers: count,
      capacity,
      shifts: shiftCount,
      concurrency: count,
      confirmed: sum((o) => o.confirmed),
      waitlisted: sum((o) => o.waitlisted),
      statuses: tally(statuses),
      non2xx: tally(non2xx),
      errors: failed.length,
      seconds,
      perSecond: count / seconds,
      min: latencies[0] ?? 0,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? 0,
      cpuPerSignupUs: sumOrNull(cpuUs),
      cpuSplitUs:
        cpuUs.gateway === null || cpuUs.service === null
          ? null
          : { gateway: cpuUs.gateway, service: cpuUs.service },
      clientCpuUs: measured.clientCpuUs,
      failures,
      lines: [],
    };
    const same = <T>(values: T[]): string =>
      new Set(values).size === 1 ? String(values[0]) : values.map(String).join(' | ');
    const yes = (all: boolean): string => (all ? 'yes' : 'NO');
    const places =
      shiftCount === 1 ? `one shift of ${capacity} places` : `${shiftCount} shifts of ${capacity} places`;
    result.lines = [
      `sign-up storm: ${count} volunteers, ${places}, ${count} sign-ups at once through the gateway`,
      `    concurrency  ${count} requests in flight on ${count} connections`,
      `    warm-up      ${warmUps.length} × the same storm on ${shiftCount === 1 ? 'a shift' : 'shifts'} of other days just before: ${warmUps.map((w) => (count / w.seconds).toFixed(1)).join(', ')} sign-ups/s`,
      `    cold start   (the first warm-up) p50 ${ms(percentile(cold.latencies, 50))}, p99 ${ms(percentile(cold.latencies, 99))}; server CPU ${cpuText(sumOrNull(cold.cpuUs))} per sign-up`,
      `    answers      ${result.statuses} (HTTP status × count); non-2xx: ${result.non2xx}; no answer: ${failed.length}`,
      `    outcome      ${shiftCount === 1 ? '' : 'each shift: '}confirmed ${same(outcomes.map((o) => o.confirmed))}, waitlisted ${same(outcomes.map((o) => o.waitlisted))}; positions ${same(outcomes.map((o) => o.positions))}`,
      `    order        positions follow the server's waitlist tickets: ${yes(outcomes.every((o) => o.followsTickets))}; roster read back (${same(outcomes.map((o) => o.roster))}) agrees: ${yes(outcomes.every((o) => o.rosterAgrees))}`,
      `    time         ${seconds.toFixed(2)} s for all ${count}, ${result.perSecond.toFixed(1)} sign-ups/s; server CPU ${cpuText(result.cpuPerSignupUs)} per sign-up (gateway ${cpuText(result.cpuSplitUs?.gateway ?? null)} + service ${cpuText(result.cpuSplitUs?.service ?? null)}; the load ${cpuText(result.clientCpuUs)})`,
      `    latency      min ${ms(result.min)}  p10 ${ms(percentile(latencies, 10))}  p50 ${ms(result.p50)}  p99 ${ms(result.p99)}  max ${ms(result.max)}`,
      `    target       ${stormTargetText(result)}`,
      `    invariants   ${failures.length === 0 ? 'all held' : `FAILED: ${failures.join('; ')}`}`,
    ];
    return result;
  } finally {
    await Promise.all([setupClient.close(), storm.close()]);
  }
}

/**
 * At least this many sign-ups in warm-up storms before the measured one (three storms of 500; one of
 * 5,000): fewer leave the processes' code partly unoptimised (here 500 sign-ups at once ran at ~380/s
 * first, ~640/s second and ~1,100/s third, the load generator itself getting five times cheaper).
 */
const WARM_UP_SIGNUPS = 1500;

/** One storm's requests, fired at once, with what they cost the servers and the load. */
interface Wave {
  replies: Reply<SignupBody>[];
  seconds: number;
  /** Each answer's milliseconds, ascending. */
  latencies: number[];
  /** Server CPU per sign-up (µs) of the gateway and of the service; null without /proc. */
  cpuUs: { gateway: number | null; service: number | null };
  clientCpuUs: number;
}

async function wave(
  client: Client,
  volunteers: BenchVolunteer[],
  urlOf: (i: number) => string,
  pids: StormSetup['pids'],
  name: string,
): Promise<Wave> {
  const perSignup = (before: number | null, after: number | null): number | null =>
    before === null || after === null ? null : ((after - before) * 1e6) / volunteers.length;
  const cpuBefore = { gateway: cpuSeconds([pids.gateway]), service: cpuSeconds([pids.service]) };
  const clientBefore = process.cpuUsage();
  const window = profileWindow(name);
  const started = performance.now();
  const replies = await Promise.all(volunteers.map((v, i) => signUp(client, urlOf(i), v)));
  const seconds = (performance.now() - started) / 1000;
  window.end();
  const clientCpu = process.cpuUsage(clientBefore);
  return {
    replies,
    seconds,
    latencies: replies.map((r) => r.ms).sort((a, b) => a - b),
    cpuUs: {
      gateway: perSignup(cpuBefore.gateway, cpuSeconds([pids.gateway])),
      service: perSignup(cpuBefore.service, cpuSeconds([pids.service])),
    },
    clientCpuUs: (clientCpu.user + clientCpu.system) / volunteers.length,
  };
}

function sumOrNull({ gateway, service }: Wave['cpuUs']): number | null {
  return gateway === null || service === null ? null : gateway + service;
}

/**
 * With BENCH_CPU_PROF, the storm's start and end on the monotonic clock the apps' CPU profiles use
 * (microseconds), one line per storm in windows.txt beside them, so a profile can be cut to the storm
 * alone (the setup before it runs in the same processes).
 */
function profileWindow(name: string): { end(): void } {
  const dir = process.env.BENCH_CPU_PROF;
  const now = (): bigint => process.hrtime.bigint() / 1000n;
  const start = now();
  return {
    end: () => {
      if (dir) appendFileSync(join(dir, 'windows.txt'), `${name} ${start} ${now()}\n`);
    },
  };
}

/** The storm's target and whether it was met: "≥ 1000/s, p99 ≤ 1 s met". */
export function stormTargetText(result: StormResult): string {
  const rate = result.perSecond >= STORM_TARGETS.perSecond;
  if (result.shifts > 1) return `≥ ${STORM_TARGETS.perSecond}/s ${rate ? 'met' : 'missed'}`;
  const met = rate && result.p99 <= STORM_TARGETS.p99Ms;
  return `≥ ${STORM_TARGETS.perSecond}/s, p99 ≤ ${STORM_TARGETS.p99Ms / 1000} s ${met ? 'met' : 'missed'}`;
}

/**
 * One shift's invariants: exactly `capacity` confirmed, the rest waitlisted 1..W as answered, in the
 * order of the tickets in the database, the seat counter full, and the roster read back the same.
 */
async function checkShift(
  setup: StormSetup,
  client: Client,
  signupsUrl: string,
  shiftId: string,
  answers: SignupBody[],
  expected: number,
  check: (ok: boolean, failure: string) => void,
): Promise<ShiftOutcome> {
  const { capacity, coordinatorToken } = setup;
  const confirmed = answers.filter((a) => a.status === 'confirmed');
  const waitlisted = answers.filter((a) => a.status === 'waitlisted');
  check(confirmed.length === capacity, `confirmed ${confirmed.length}, expected exactly ${capacity}`);
  check(
    waitlisted.length === expected - capacity,
    `waitlisted ${waitlisted.length}, expected ${expected - capacity}`,
  );

  // Positions as answered: exactly 1..W, no gaps, no duplicates.
  const answered = new Map(waitlisted.map((a) => [a.id, a.waitlistPosition]));
  const positions = [...answered.values()].map(Number).sort((a, b) => a - b);
  check(
    positions.every((p, i) => p === i + 1),
    `waitlist positions are not 1..${waitlisted.length} (${describeGaps(positions)})`,
  );
  check(
    confirmed.every((a) => a.waitlistPosition === null),
    'a confirmed sign-up has a waitlist position',
  );

  // The order the server assigned: its tickets, in the database, must rank the same as the positions.
  const [rows] = await setup.db.query<RowDataPacket[]>(
    `SELECT id, status, waitlist_ticket AS ticket, created_at AS createdAt
       FROM shift_signups WHERE shift_id = ?`,
    [shiftId],
  );
  const byTicket = rows
    .filter((row) => row.status === 'waitlisted')
    .sort((a, b) => Number(a.ticket) - Number(b.ticket));
  check(
    new Set(byTicket.map((row) => Number(row.ticket))).size === byTicket.length,
    'two sign-ups hold the same waitlist ticket',
  );
  const followsTickets =
    byTicket.length === answered.size && byTicket.every((row, i) => answered.get(row.id) === i + 1);
  check(followsTickets, 'the positions answered do not follow the waitlist tickets the server handed out');
  const seatedAt = rows.filter((row) => row.status === 'confirmed').map((row) => +row.createdAt);
  check(
    seatedAt.length === 0 || byTicket.length === 0 || Math.max(...seatedAt) <= +byTicket[0].createdAt,
    'someone was waitlisted before the last seat was taken',
  );
  check(
    byTicket.every((row, i) => i === 0 || +row.createdAt >= +byTicket[i - 1].createdAt),
    'waitlist tickets are not in the order the sign-ups were written',
  );
  const [[shiftRow]] = await setup.db.query<RowDataPacket[]>(
    'SELECT capacity, seats_taken AS seatsTaken, status FROM shifts WHERE id = ?',
    [shiftId],
  );
  check(
    Number(shiftRow.seatsTaken) === capacity && shiftRow.status === 'full',
    `the shift shows ${shiftRow.seatsTaken} of ${shiftRow.capacity} seats taken, ${shiftRow.status}`,
  );

  // Read back through the gateway, as a coordinator sees it: the same positions as answered.
  const roster = await readRoster(client, signupsUrl, coordinatorToken, 'waitlisted');
  const rosterAgrees =
    roster.length === answered.size && roster.every((s) => answered.get(s.id) === s.waitlistPosition);
  check(rosterAgrees, 'the roster shows other waitlist positions than the sign-ups answered');
  const seated = await readRoster(client, signupsUrl, coordinatorToken, 'confirmed');
  check(seated.length === capacity, `the roster shows ${seated.length} confirmed`);
  return {
    confirmed: confirmed.length,
    waitlisted: waitlisted.length,
    positions: describeGaps(positions),
    followsTickets,
    roster: `${roster.length} waitlisted, ${seated.length} confirmed`,
    rosterAgrees,
  };
}

async function signUp(client: Client, url: string, volunteer: BenchVolunteer): Promise<Reply<SignupBody>> {
  const started = performance.now();
  try {
    return await client.send<SignupBody>('POST', url, volunteer.token, {});
  } catch (error) {
    return {
      status: 0,
      body: { id: '', volunteerId: '', status: `request failed: ${String(error)}`, waitlistPosition: null },
      ms: performance.now() - started,
    };
  }
}

/** Every sign-up of the shift with that status, page by page (at most 100 pages). */
async function readRoster(client: Client, url: string, token: string, status: string): Promise<SignupBody[]> {
  const items: SignupBody[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const query: string = `status=${status}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const body: RosterPage = await client.expect<RosterPage>(200, 'GET', `${url}?${query}`, token);
    items.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** "1..450" when the positions are exactly that, else what is wrong with them. */
function describeGaps(sorted: readonly number[]): string {
  if (sorted.length === 0) return 'none';
  if (sorted.every((p, i) => p === i + 1)) return `1..${sorted.length}, no gaps or duplicates`;
  const duplicates = sorted.filter((p, i) => i > 0 && p === sorted[i - 1]).length;
  const present = new Set(sorted);
  let missing = 0;
  for (let p = 1; p <= sorted.length; p += 1) if (!present.has(p)) missing += 1;
  return `${sorted[0]}..${sorted.at(-1)}, ${missing} missing, ${duplicates} duplicated`;
}
