import { principal, startTestService, tokenFor, type TestService } from '@linkage/testing';
import { DataSource } from 'typeorm';
import { volunteersService } from '../src/volunteers.service-definition';
import { at, VolunteersFixture } from './fixtures';

describe('volunteers: the iCalendar feed at a secret, revocable address', () => {
  let service: TestService;
  let fx: VolunteersFixture;
  let db: DataSource;

  beforeAll(async () => {
    service = await startTestService(volunteersService, { WAITLIST_SWEEP_INTERVAL_MS: '0' });
    fx = await VolunteersFixture.start(service);
    db = service.app.get(DataSource);
  });
  afterAll(() => service.close());

  const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

  it('serves my confirmed shifts as text/calendar without a token, and nothing else', async () => {
    const meId = await fx.volunteer();
    const me = await fx.as(meId);
    const confirmed = await fx.shift({
      title: '社区消防安全宣传',
      startsAt: at(5, '09:00'),
      endsAt: at(5, '12:00'),
      location: {
        venue: '南山社区服务中心',
        address: '南山路 12 号',
        latitude: 37.5297,
        longitude: 121.3918,
      },
    });
    const full = await fx.shift({
      title: '已满',
      capacity: 1,
      startsAt: at(6, '09:00'),
      endsAt: at(6, '10:00'),
    });
    const called = await fx.shift({ title: '取消了', startsAt: at(7, '09:00'), endsAt: at(7, '10:00') });
    await (await fx.as(await fx.volunteer())).post(`/api/shifts/${full}/signups`, {});
    const mine = await me.post(`/api/shifts/${confirmed}/signups`, {});
    expect((await me.post(`/api/shifts/${full}/signups`, {})).body.status).toBe('waitlisted');
    await me.post(`/api/shifts/${called}/signups`, {});
    await fx.coordinator.post(`/api/shifts/${called}/cancel`, { reason: '暴雨' });

    const issued = await me.post('/api/volunteers/me/calendar-token');
    expect(issued.status).toBe(201);
    expect(issued.body).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      path: `/api/calendar/${issued.body.token}.ics`,
      createdAt: expect.any(String),
    });

    const feed = await service.http.get(issued.body.path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = unfold(feed.body as string);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain(`UID:${mine.body.id}@linkage`);
    expect(text).toContain('SUMMARY:社区消防安全宣传');
    expect(text).toContain('LOCATION:南山社区服务中心\\n南山路 12 号');
    expect(text).toContain('GEO:37.5297;121.3918');
    expect(text).not.toContain('已满');
    expect(text).not.toContain('取消了');

    // Only the hash is stored.
    const rows = await db.query<{ token_hash: string }[]>(
      'SELECT token_hash FROM calendar_tokens WHERE volunteer_id = ?',
      [meId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(issued.body.token);
  });

  it('rotates and revokes the address; unknown addresses are 404', async () => {
    const me = await fx.as(await fx.volunteer());
    const first = await me.post('/api/volunteers/me/calendar-token');
    const second = await me.post('/api/volunteers/me/calendar-token');
    expect(second.body.token).not.toBe(first.body.token);
    const old = await service.http.get(first.body.path);
    expect(old.status).toBe(404);
    expect(old.body.code).toBe('CALENDAR_NOT_FOUND');
    expect((await service.http.get(second.body.path)).status).toBe(200);

    expect((await me.delete('/api/volunteers/me/calendar-token')).status).toBe(204);
    expect((await service.http.get(second.body.path)).status).toBe(404);
    expect((await me.delete('/api/volunteers/me/calendar-token')).status).toBe(204);
    expect((await service.http.get(`/api/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404);
    expect((await service.http.get('/api/calendar/short.ics')).status).toBe(404);

    const coordinator = service.http.withToken(await tokenFor(principal('coordinator')));
    expect((await coordinator.post('/api/volunteers/me/calendar-token')).status).toBe(403);
  });
});
