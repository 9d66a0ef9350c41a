import { startTestService, type HttpClient, type TestService } from '@linkage/testing';
import { createServer, type Server } from 'node:http';
import { DataSource } from 'typeorm';
import { NotificationSweep } from '../src/notifications/notification-sweep.service';
import { volunteersService } from '../src/volunteers.service-definition';
import { VolunteersFixture } from './fixtures';

describe('volunteers: certificate access, notifications, reminders and the webhook', () => {
  let service: TestService;
  let fx: VolunteersFixture;
  let coordinator: HttpClient;
  let db: DataSource;
  let sweep: NotificationSweep;
  let webhook: Server;
  const received: { id: string; kind: string; volunteerId: string; message: string }[] = [];
  let failNext = 0;

  beforeAll(async () => {
    webhook = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        if (failNext > 0) {
          failNext -= 1;
          res.writeHead(503).end();
          return;
        }
        received.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    const { port } = webhook.address() as { port: number };
    service = await startTestService(volunteersService, {
      WAITLIST_SWEEP_INTERVAL_MS: '0',
      ATTENDANCE_SWEEP_INTERVAL_MS: '0',
      NOTIFICATION_SWEEP_INTERVAL_MS: '0',
      NOTIFICATION_WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      NOTIFICATION_WEBHOOK_TIMEOUT_MS: '2000',
    });
    fx = await VolunteersFixture.start(service);
    coordinator = fx.coordinator;
    db = service.app.get(DataSource);
    sweep = service.app.get(NotificationSweep);
  });
  afterAll(async () => {
    await service.close();
    await new Promise((resolve) => webhook.close(resolve));
  });

  /** A volunteer with `hours` verified hours recorded by a coordinator on a shift of their own. */
  async function withVerifiedHours(hours = 2): Promise<string> {
    const me = await fx.volunteer();
    const now = Date.now();
    const shift = await fx.shift({
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 3_600_000).toISOString(),
      opensAt: new Date(now - 7_200_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
    });
    expect((await coordinator.post(`/api/shifts/${shift}/signups`, { volunteerId: me })).status).toBe(201);
    const recorded = await coordinator.post(`/api/shifts/${shift}/attendance`, {
      volunteerId: me,
      checkedInAt: new Date(now - hours * 3_600_000 - 60_000).toISOString(),
      checkedOutAt: new Date(now - 60_000).toISOString(),
      reason: '补录',
    });
    expect(recorded.status).toBe(200);
    const [record] = (await coordinator.get(`/api/volunteers/${me}/hours`)).body.records;
    expect((await coordinator.post(`/api/hours/${record.id}/verify`)).status).toBe(200);
    return me;
  }

  const notificationsOf = async (volunteerId: string, kind: string): Promise<number> => {
    const [row] = await db.query(
      'SELECT COUNT(*) AS n FROM notifications WHERE volunteer_id = ? AND kind = ?',
      [volunteerId, kind],
    );
    return Number(row.n);
  };

  it('hides another volunteer’s certificates (404) and lets a coordinator issue for anyone', async () => {
    const owner = await withVerifiedHours();
    const other = await fx.as(await fx.volunteer());
    const issued = await coordinator.post(`/api/volunteers/${owner}/certificates`);
    expect(issued.status).toBe(201);
    const number: string = issued.body.number;

    const download = await other.get(`/api/certificates/${number}.pdf`);
    expect(download.status).toBe(404);
    expect(download.body.code).toBe('CERTIFICATE_NOT_FOUND');
    expect((await other.get(`/api/volunteers/${owner}/certificates`)).status).toBe(404);
    expect((await other.post(`/api/volunteers/${owner}/certificates`)).status).toBe(404);
    expect((await other.post(`/api/certificates/${number}/revoke`, { reason: 'x' })).status).toBe(403);
    const [denied] = await db.query(
      `SELECT COUNT(*) AS n FROM audit_events WHERE action = 'certificate.download' AND outcome = 'denied'`,
    );
    expect(Number(denied.n)).toBeGreaterThanOrEqual(1);

    // Numbers are consecutive within the year.
    const next = await (await fx.as(owner)).post(`/api/volunteers/${owner}/certificates`);
    expect(next.status).toBe(201);
    const seq = (n: string) => Number(n.split('-')[2]);
    expect(seq(next.body.number)).toBe(seq(number) + 1);
    expect((await coordinator.get(`/api/volunteers/${owner}/certificates`)).body).toHaveLength(2);
  });

  it('numbers certificates issued at the same moment without duplicates or gaps', async () => {
    const volunteers = await Promise.all([1, 2, 3, 4, 5].map(() => withVerifiedHours(1)));
    const issued = await Promise.all(
      volunteers.map((id) => coordinator.post(`/api/volunteers/${id}/certificates`)),
    );
    expect(issued.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const numbers = issued.map((r) => Number((r.body.number as string).split('-')[2])).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0] + i));
  });

  it('422 NO_VERIFIED_HOURS for a volunteer with no verified hours; 404 for unknown numbers', async () => {
    const me = await fx.volunteer();
    const response = await (await fx.as(me)).post(`/api/volunteers/${me}/certificates`);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('NO_VERIFIED_HOURS');
    expect((await service.http.get('/api/certificates/not-a-number/verify')).status).toBe(404);
    expect((await coordinator.get('/api/certificates/LK-2020-000001.pdf')).status).toBe(404);
  });

  it('notifies everyone on a shift when it changes or is cancelled', async () => {
    const shift = await fx.shift({ capacity: 1 });
    const [confirmed, waitlisted] = [await fx.volunteer(), await fx.volunteer()];
    await coordinator.post(`/api/shifts/${shift}/signups`, { volunteerId: confirmed });
    expect(
      (await coordinator.post(`/api/shifts/${shift}/signups`, { volunteerId: waitlisted })).body.status,
    ).toBe('waitlisted');
    expect((await coordinator.patch(`/api/shifts/${shift}`, { description: '改在二楼会议室' })).status).toBe(
      200,
    );
    const cancelled = await coordinator.post(`/api/shifts/${shift}/cancel`, { reason: '台风预警' });
    expect(cancelled.status).toBe(200);

    for (const id of [confirmed, waitlisted]) {
      const inbox = (await (await fx.as(id)).get('/api/volunteers/me/notifications?order=newest')).body;
      expect(inbox.items.map((n: { kind: string }) => n.kind)).toEqual(['shift_cancelled', 'shift_changed']);
      expect(inbox.items[0].message).toContain('台风预警');
      expect(inbox.unreadCount).toBe(2);
    }
  });

  it('pages notifications unread first, and lets no one read another’s (404)', async () => {
    const me = await fx.volunteer();
    const client = await fx.as(me);
    const shift = await fx.shift({ capacity: 2 });
    await coordinator.post(`/api/shifts/${shift}/signups`, { volunteerId: me });
    for (const description of ['一', '二', '三']) {
      await coordinator.patch(`/api/shifts/${shift}`, { description });
    }
    const all = (await client.get('/api/volunteers/me/notifications?order=newest')).body.items;
    expect(all).toHaveLength(3);
    // Read the newest; unread-first puts the two older ones before it.
    await client.post(`/api/volunteers/me/notifications/${all[0].id}/read`);
    const page1 = await client.get('/api/volunteers/me/notifications?limit=2');
    expect(page1.body.items.map((n: { id: string }) => n.id)).toEqual([all[1].id, all[2].id]);
    expect(page1.body.unreadCount).toBe(2);
    const page2 = await client.get(
      `/api/volunteers/me/notifications?limit=2&cursor=${page1.body.nextCursor}`,
    );
    expect(page2.body.items.map((n: { id: string }) => n.id)).toEqual([all[0].id]);
    expect(page2.body.nextCursor).toBeNull();

    const stranger = await fx.as(await fx.volunteer());
    const theirs = await stranger.post(`/api/volunteers/me/notifications/${all[1].id}/read`);
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe('NOTIFICATION_NOT_FOUND');
    expect((await coordinator.get('/api/volunteers/me/notifications')).status).toBe(403);
  });

  it('writes one 24-hour reminder per sign-up even with two sweeps at once', async () => {
    const soon = new Date(Date.now() + 12 * 3_600_000);
    const shift = await fx.shift({
      startsAt: soon.toISOString(),
      endsAt: new Date(soon.getTime() + 2 * 3_600_000).toISOString(),
      capacity: 5,
    });
    const later = await fx.shift({ capacity: 5 }); // in a week: not due yet
    const volunteers = [await fx.volunteer(), await fx.volunteer()];
    for (const id of volunteers) {
      for (const s of [shift, later]) {
        expect((await coordinator.post(`/api/shifts/${s}/signups`, { volunteerId: id })).status).toBe(201);
      }
    }
    const outcomes = await Promise.all([sweep.remind(), sweep.remind()]);
    expect(outcomes[0] + outcomes[1]).toBeGreaterThanOrEqual(2);
    for (const id of volunteers) expect(await notificationsOf(id, 'shift_reminder')).toBe(1);
    await sweep.remind();
    for (const id of volunteers) expect(await notificationsOf(id, 'shift_reminder')).toBe(1);
    const [reminders] = await db.query('SELECT COUNT(*) AS n FROM shift_reminders WHERE shift_id IN (?)', [
      [shift, later],
    ]);
    expect(Number(reminders.n)).toBe(2);
  });

  it('sends notifications through the webhook once, retrying a failed delivery in a later sweep', async () => {
    await sweep.deliver(); // what earlier tests left
    const me = await fx.volunteer();
    const shift = await fx.shift({ capacity: 1 });
    await coordinator.post(`/api/shifts/${shift}/signups`, { volunteerId: me });
    await coordinator.post(`/api/shifts/${shift}/cancel`, { reason: '场地维修' });
    const mine = () => received.filter((n) => n.volunteerId === me);

    failNext = 1;
    const firstTry = await sweep.deliver();
    expect(firstTry.failed).toBe(1);
    expect(mine()).toHaveLength(0);
    // The failed claim lapses; a later sweep sends it.
    const later = new Date(Date.now() + 5 * 60_000);
    const [again] = await Promise.all([sweep.deliver(later), sweep.deliver(later)]);
    expect(again.failed).toBe(0);
    expect(mine()).toHaveLength(1);
    expect(mine()[0]).toMatchObject({
      kind: 'shift_cancelled',
      message: expect.stringContaining('场地维修'),
    });
    await sweep.deliver(new Date(Date.now() + 10 * 60_000));
    expect(mine()).toHaveLength(1);
  });
});
