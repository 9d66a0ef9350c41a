import { createService } from '@linkage/service-kit';
import { HttpClient, principal, startTestService, tokenFor, type TestService } from '@linkage/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { volunteersService } from '../src/volunteers.service-definition';
import { expectFullInOneLine, VolunteersFixture } from './fixtures';

/**
 * Capacity is enforced by the database: sign-ups fired at once at real MySQL never overbook a shift,
 * and the waitlist gets one ticket each, in one order, with no gaps.
 */
describe('volunteers: sign-ups at the same moment', () => {
  const VOLUNTEERS = 60;
  const PLACES = 10;
  let service: TestService;
  let fx: VolunteersFixture;
  let db: DataSource;
  let clients: HttpClient[];
  let shift: string;

  beforeAll(async () => {
    service = await startTestService(volunteersService, { WAITLIST_SWEEP_INTERVAL_MS: '0' });
    fx = await VolunteersFixture.start(service);
    db = service.app.get(DataSource);
    shift = await fx.shift({ title: '社区认知障碍筛查', capacity: PLACES });
    const ids: string[] = [];
    for (let i = 0; i < VOLUNTEERS; i += 1) ids.push(await fx.volunteer({ name: `并发${i}` }));
    clients = await Promise.all(ids.map((id) => fx.as(id)));
  });
  afterAll(() => service.close());

  it(`${VOLUNTEERS} volunteers for ${PLACES} places: exactly ${PLACES} confirmed, the rest waitlisted 1..${VOLUNTEERS - PLACES}`, async () => {
    const responses = await Promise.all(clients.map((c) => c.post(`/api/shifts/${shift}/signups`, {})));

    expect(responses.filter((r) => r.status >= 500)).toEqual([]);
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    const confirmed = responses.filter((r) => r.body.status === 'confirmed');
    const waitlisted = responses.filter((r) => r.body.status === 'waitlisted');
    expect(confirmed).toHaveLength(PLACES);
    expect(waitlisted).toHaveLength(VOLUNTEERS - PLACES);
    const positions = waitlisted.map((r) => r.body.waitlistPosition as number).sort((x, y) => x - y);
    expect(positions).toEqual(Array.from({ length: VOLUNTEERS - PLACES }, (_, i) => i + 1));

    // The database agrees: the seat counter, the confirmed rows, and one ticket each without gaps.
    const [row] = await db.query<{ seats_taken: number; waitlist_counter: number; status: string }[]>(
      'SELECT seats_taken, waitlist_counter, status FROM shifts WHERE id = ?',
      [shift],
    );
    expect(row).toEqual({ seats_taken: PLACES, waitlist_counter: VOLUNTEERS - PLACES, status: 'full' });
    const counts = await db.query<{ status: string; n: string | number }[]>(
      'SELECT status, COUNT(*) AS n FROM shift_signups WHERE shift_id = ? GROUP BY status ORDER BY status',
      [shift],
    );
    expect(counts.map((c) => [c.status, Number(c.n)])).toEqual([
      ['confirmed', PLACES],
      ['waitlisted', VOLUNTEERS - PLACES],
    ]);
    const tickets = await db.query<{ t: number }[]>(
      "SELECT waitlist_ticket AS t FROM shift_signups WHERE shift_id = ? AND status = 'waitlisted' ORDER BY t",
      [shift],
    );
    expect(tickets.map((r) => r.t)).toEqual(positions);
  });

  it('the same volunteers again at once: every answer is their existing sign-up (200), nothing changes', async () => {
    const responses = await Promise.all(clients.map((c) => c.post(`/api/shifts/${shift}/signups`, {})));
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    const [row] = await db.query<
      {
        n: string | number;
      }[]
    >('SELECT COUNT(*) AS n FROM shift_signups WHERE shift_id = ?', [shift]);
    expect(Number(row.n)).toBe(VOLUNTEERS);
    expect(responses.filter((r) => r.body.status === 'confirmed')).toHaveLength(PLACES);
  });

  it('confirmed volunteers cancelling at once promote the first waitlisted, in ticket order', async () => {
    const confirmedClients: HttpClient[] = [];
    for (const client of clients) {
      if ((await client.get(`/api/shifts/${shift}/signups/me`)).body.status === 'confirmed')
        confirmedClients.push(client);
    }
    const leaving = confirmedClients.slice(0, 4);
    const responses = await Promise.all(leaving.map((c) => c.delete(`/api/shifts/${shift}/signups/me`)));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);

    const promoted = await db.query<{ t: number }[]>(
      "SELECT waitlist_ticket AS t FROM shift_signups WHERE shift_id = ? AND status = 'confirmed' AND waitlist_ticket IS NOT NULL ORDER BY t",
      [shift],
    );
    expect(promoted.map((r) => r.t)).toEqual([1, 2, 3, 4]);
    const [row] = await db.query<
      {
        seats_taken: number;
      }[]
    >('SELECT seats_taken FROM shifts WHERE id = ?', [shift]);
    expect(row.seats_taken).toBe(PLACES);
    const [kinds] = await db.query<{ n: string | number }[]>(
      "SELECT COUNT(*) AS n FROM notifications WHERE shift_id = ? AND kind = 'waitlist_promoted'",
      [shift],
    );
    expect(Number(kinds.n)).toBe(4);
  });
});

/**
 * With a pool of 3 connections and 20 sign-ups at once, a sign-up that needed a second connection inside
 * its transaction would wait for one the others hold while they wait for its shift lock: all of them
 * stuck until the lock wait times out. Everything a sign-up reads in its transaction goes through it.
 */
describe('volunteers: a sign-up storm larger than the connection pool', () => {
  let service: TestService;
  let fx: VolunteersFixture;

  beforeAll(async () => {
    service = await startTestService(volunteersService, {
      WAITLIST_SWEEP_INTERVAL_MS: '0',
      MYSQL_POOL_SIZE: '3',
    });
    fx = await VolunteersFixture.start(service);
  });
  afterAll(() => service.close());

  it('20 sign-ups at once on 3 connections all answer, quickly, without overbooking', async () => {
    const shift = await fx.shift({ title: '连接池压力测试', capacity: 5 });
    const clients: HttpClient[] = [];
    for (let i = 0; i < 20; i += 1) clients.push(await fx.as(await fx.volunteer({ name: `连接${i}` })));
    const started = Date.now();
    const responses = await Promise.all(clients.map((c) => c.post(`/api/shifts/${shift}/signups`, {})));
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    expect(responses.filter((r) => r.body.status === 'confirmed')).toHaveLength(5);
    // A pool stuck on itself waits out innodb_lock_wait_timeout (50 s) before anything moves.
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

/**
 * Two replicas of the service on one database race for a shift's last seats: the database decides
 * (the conditional seat UPDATE under the shift's row lock), not either process, so there is no seat too
 * many and one line, in one order, whichever replica took each sign-up.
 */
describe('volunteers: two replicas racing for the last seats', () => {
  const TAKEN = 7;
  const PLACES = 10;
  const RACERS = 40;
  let service: TestService;
  let replica: NestFastifyApplication;
  let fx: VolunteersFixture;
  let db: DataSource;
  let replicaHttp: HttpClient;

  beforeAll(async () => {
    service = await startTestService(volunteersService, { WAITLIST_SWEEP_INTERVAL_MS: '0' });
    replica = await createService(volunteersService, service.env);
    await replica.listen(0, '127.0.0.1');
    replicaHttp = new HttpClient(
      `http://127.0.0.1:${(replica.getHttpServer().address() as { port: number }).port}`,
    );
    fx = await VolunteersFixture.start(service);
    db = service.app.get(DataSource);
  });
  afterAll(async () => {
    await replica?.close();
    await service.close();
  });

  it(`${RACERS} volunteers split over two replicas for the last ${PLACES - TAKEN} of ${PLACES} places`, async () => {
    const shift = await fx.shift({ title: '两个副本抢最后的名额', capacity: PLACES });
    for (let i = 0; i < TAKEN; i += 1) {
      const early = await (
        await fx.as(await fx.volunteer({ name: `先到${i}` }))
      ).post(`/api/shifts/${shift}/signups`, {});
      expect(early.body.status).toBe('confirmed');
    }
    const racers: { id: string; client: HttpClient }[] = [];
    for (let i = 0; i < RACERS; i += 1) {
      const id = await fx.volunteer({ name: `抢位${i}` });
      const token = await tokenFor(principal('volunteer', { volunteerId: id }));
      // Every other racer goes to the second replica.
      racers.push({ id, client: (i % 2 === 0 ? service.http : replicaHttp).withToken(token) });
    }

    const responses = await Promise.all(racers.map((r) => r.client.post(`/api/shifts/${shift}/signups`, {})));

    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    expect(responses.filter((r) => r.body.status === 'confirmed')).toHaveLength(PLACES - TAKEN);
    const waitlisted = responses.filter((r) => r.body.status === 'waitlisted');
    expect(waitlisted).toHaveLength(RACERS - (PLACES - TAKEN));
    // Full, and each answer's place in line is its ticket's: the line the two replicas built is one.
    await expectFullInOneLine(db, shift, PLACES, waitlisted);
    const [confirmed] = await db.query<{ n: string | number }[]>(
      "SELECT COUNT(*) AS n FROM shift_signups WHERE shift_id = ? AND status = 'confirmed'",
      [shift],
    );
    expect(Number(confirmed.n)).toBe(PLACES);

    // Three of the racers who got a seat cancel at once, through both replicas: the first three in
    // line move up, in ticket order, and the rest move up three places.
    const seated = racers.filter((_, i) => responses[i].body.status === 'confirmed');
    const left = await Promise.all(seated.map((r) => r.client.delete(`/api/shifts/${shift}/signups/me`)));
    expect(left.map((r) => r.status)).toEqual([200, 200, 200]);
    const promoted = await db.query<{ t: number }[]>(
      "SELECT waitlist_ticket AS t FROM shift_signups WHERE shift_id = ? AND status = 'confirmed' AND waitlist_ticket IS NOT NULL ORDER BY t",
      [shift],
    );
    expect(promoted.map((r) => r.t)).toEqual([1, 2, 3]);
    const last = racers[responses.findIndex((r) => r.body.waitlistPosition === waitlisted.length)];
    const mine = await last.client.get(`/api/shifts/${shift}/signups/me`);
    expect(mine.body).toMatchObject({ status: 'waitlisted', waitlistPosition: waitlisted.length - 3 });
  });
});
