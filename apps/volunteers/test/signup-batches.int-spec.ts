import { EventSubject } from '@linkage/contracts';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { volunteersService } from '../src/volunteers.service-definition';
import { at, expectFullInOneLine, VolunteersFixture } from './fixtures';

const FIRE = '消防安全';

/** One sign-up of the storm: who sends it, for whom, and the request id it carries. */
interface Racer {
  name: string;
  volunteerId: string;
  accountId: string;
  client: HttpClient;
  body: Record<string, unknown>;
  requestId: string;
}

/**
 * Sign-ups that arrive together for one shift are taken together, in batches of one transaction each
 * (group commit). Refused requests mixed into the storm get their own answers and leave the others be:
 * the shift is filled exactly, and the line is one line in ticket order, as if they had come one by one.
 */
describe('volunteers: a storm of sign-ups taken in batches, with refusals mixed in', () => {
  const CAPACITY = 10;
  const EARLY = 2;
  const VALID = 30;
  let service: TestService;
  let fx: VolunteersFixture;
  let db: DataSource;

  beforeAll(async () => {
    service = await startTestService(volunteersService, { WAITLIST_SWEEP_INTERVAL_MS: '0' });
    fx = await VolunteersFixture.start(service);
    db = service.app.get(DataSource);
  });
  afterAll(() => service.close());

  /** The events about the shift written to the outbox, in order. */
  const outboxOf = (shiftId: string) =>
    db.query<{ subject: string; envelope: string }[]>(
      "SELECT subject, envelope FROM outbox WHERE JSON_VALUE(envelope, '$.payload.shiftId') = ? ORDER BY seq",
      [shiftId],
    );

  async function racer(
    name: string,
    options: { certified?: boolean; volunteerId?: string } = {},
  ): Promise<Racer> {
    const volunteerId = options.volunteerId ?? (await fx.volunteer({ name }));
    if (options.certified !== false && !options.volunteerId) await fx.certify(volunteerId, FIRE);
    const who = principal('volunteer', { volunteerId });
    const client = fx.service.http.withToken(await tokenFor(who));
    return { name, volunteerId, accountId: who.accountId, client, body: {}, requestId: randomUUID() };
  }

  it('fills the shift exactly, numbers the line 1..n in ticket order, and answers each refusal on its own', async () => {
    const shift = await fx.shift({
      title: '批量报名：消防宣传',
      capacity: CAPACITY,
      requiredCertifications: [FIRE],
    });
    // A confirmed shift at the same hours, for those who will be refused for the overlap.
    const elsewhere = await fx.shift({
      title: '同时段的另一场',
      capacity: 5,
      startsAt: at(7, '10:00'),
      endsAt: at(7, '11:00'),
    });

    const early = await Promise.all(Array.from({ length: EARLY }, (_, i) => racer(`早到${i}`)));
    for (const r of early) expect((await r.client.post(`/api/shifts/${shift}/signups`, {})).status).toBe(201);
    const valid = await Promise.all(Array.from({ length: VALID }, (_, i) => racer(`批量${i}`)));
    const uncertified = await Promise.all(
      Array.from({ length: 3 }, (_, i) => racer(`无证${i}`, { certified: false })),
    );
    const overlapping = await Promise.all(Array.from({ length: 3 }, (_, i) => racer(`撞车${i}`)));
    for (const r of overlapping) {
      expect((await r.client.post(`/api/shifts/${elsewhere}/signups`, {})).body.status).toBe('confirmed');
    }
    // One volunteer signs up twice at once (a double tap): one sign-up, answered to both.
    const double = await racer('双击');
    const doubleAgain = await racer('双击', { volunteerId: double.volunteerId });
    // A coordinator naming a volunteer who does not exist, in the same storm.
    const unknown: Racer = {
      name: '协调员',
      volunteerId: randomUUID(),
      accountId: '',
      client: fx.coordinator,
      body: { volunteerId: randomUUID() },
      requestId: randomUUID(),
    };
    const staffingBefore = (await outboxOf(shift)).filter(
      (e) => e.subject === EventSubject.volunteersShiftStaffingChanged,
    ).length;

    const racers = shuffled([
      ...early,
      ...valid,
      ...uncertified,
      ...overlapping,
      double,
      doubleAgain,
      unknown,
    ]);
    const responses = await Promise.all(
      racers.map((r) =>
        r.client.post(`/api/shifts/${shift}/signups`, r.body, { 'x-request-id': r.requestId }),
      ),
    );
    const answer = (r: Racer) => responses[racers.indexOf(r)];

    expect(responses.filter((r) => r.status >= 500)).toEqual([]);
    for (const r of uncertified) {
      expect(answer(r)).toMatchObject({ status: 422, body: { code: 'SIGNUP_REQUIREMENTS_MISSING' } });
    }
    for (const r of overlapping) {
      expect(answer(r)).toMatchObject({ status: 409, body: { code: 'SHIFT_OVERLAP' } });
      expect(answer(r).body.details.shifts.map((s: { id: string }) => s.id)).toEqual([elsewhere]);
    }
    expect(answer(unknown)).toMatchObject({ status: 422, body: { code: 'SIGNUP_VOLUNTEER_UNKNOWN' } });
    for (const r of early) expect(answer(r)).toMatchObject({ status: 200, body: { status: 'confirmed' } });
    const doubles = [answer(double), answer(doubleAgain)];
    expect(doubles.map((d) => d.status).sort()).toEqual([200, 201]);
    expect(doubles[0].body.id).toBe(doubles[1].body.id);
    // Whichever of the two came first made the sign-up.
    const doubled = [double, doubleAgain].find((r) => answer(r).status === 201)!;

    // The new sign-ups: the free seats filled exactly, the rest in one line 1..n, as their tickets say.
    const signedUp = [...valid, doubled].map(answer);
    expect(signedUp.map((r) => r.status)).toEqual(signedUp.map(() => 201));
    const confirmed = signedUp.filter((r) => r.body.status === 'confirmed');
    const waitlisted = signedUp.filter((r) => r.body.status === 'waitlisted');
    expect(confirmed).toHaveLength(CAPACITY - EARLY);
    expect(waitlisted).toHaveLength(VALID + 1 - (CAPACITY - EARLY));
    await expectFullInOneLine(db, shift, CAPACITY, waitlisted);
    const [rows] = await db.query<{ n: string | number }[]>(
      'SELECT COUNT(*) AS n FROM shift_signups WHERE shift_id = ?',
      [shift],
    );
    expect(Number(rows.n)).toBe(EARLY + VALID + 1);

    // Each new sign-up's audit entry names its own caller and request, whichever batch it was in.
    const audit = await db.query<{ recordId: string; actorId: string; requestId: string }[]>(
      `SELECT record_id AS recordId, actor_id AS actorId, request_id AS requestId FROM audit_events
        WHERE action = 'signup.created' AND JSON_VALUE(details, '$.shiftId') = ?`,
      [shift],
    );
    const audited = new Map(audit.map((a) => [a.recordId, a]));
    for (const r of [...valid, doubled]) {
      expect(audited.get(answer(r).body.id)).toMatchObject({ actorId: r.accountId, requestId: r.requestId });
    }
    // ...and each confirmation told to other services carries its own request as its correlation.
    const events = await outboxOf(shift);
    const confirmations = events
      .filter((e) => e.subject === EventSubject.volunteersAssignmentConfirmed)
      .map((e) => JSON.parse(e.envelope));
    for (const r of [...valid, doubled].filter((v) => answer(v).body.status === 'confirmed')) {
      expect(confirmations.find((c) => c.payload.signupId === answer(r).body.id)?.correlationId).toBe(
        r.requestId,
      );
    }
    // Taken in batches: fewer staffing counts than new sign-ups (one per batch), the last one exact.
    const staffing = events
      .filter((e) => e.subject === EventSubject.volunteersShiftStaffingChanged)
      .map((e) => JSON.parse(e.envelope).payload);
    expect(staffing.length - staffingBefore).toBeLessThan(VALID + 1);
    expect(staffing.at(-1)).toMatchObject({
      capacity: CAPACITY,
      confirmed: CAPACITY,
      waitlisted: waitlisted.length,
    });
  });
});

/** The racers in another order than they were made, so refusals sit between the others. */
function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
