import { startTestService, type HttpClient, type TestService } from '@linkage/testing';
import { DataSource } from 'typeorm';
import { volunteersService } from '../src/volunteers.service-definition';
import { VolunteersFixture } from './fixtures';

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
