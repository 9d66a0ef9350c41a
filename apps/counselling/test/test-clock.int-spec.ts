import { ConfigError } from '@linkage/config';
import { createService } from '@linkage/service-kit';
import { principal, startTestService, tokenFor, type TestService } from '@linkage/testing';
import { addDays } from '../src/check-ins/local-date';
import { counsellingService } from '../src/counselling.service-definition';
import { quitGroup, type QuitGroup } from './quit-group';

const CLOCK = '/api/counselling/test-clock';
/** A day of the other member, who smokes a little and keeps checking in. */
const smokingDay = { cigarettes: 1, craving: 5, mood: 'bad', lapse: true };

/** The test clock: only with COUNSELLING_TEST_CLOCK=enabled, only for admins, never in production. */
describe('counselling: the test clock', () => {
  let plain: TestService;
  let clocked: TestService;
  let admin: string;
  let group: QuitGroup;

  beforeAll(async () => {
    admin = await tokenFor(principal('admin'));
    plain = await startTestService(counsellingService, { BUDDY_NUDGE_INTERVAL_MS: '0' });
    clocked = await startTestService(counsellingService, {
      BUDDY_NUDGE_INTERVAL_MS: '0',
      COUNSELLING_TEST_CLOCK: 'enabled',
      MYSQL_DATABASE: `${plain.env.MYSQL_DATABASE}_clock`,
    });
    group = await quitGroup(clocked, 2, ['陈一鸣', '赵思远']);
  });
  afterAll(async () => {
    await clocked?.http.withToken(admin).request('DELETE', CLOCK);
    await clocked?.close();
    await plain?.close();
  });

  it('is not there without COUNSELLING_TEST_CLOCK=enabled, even for an admin', async () => {
    const absent = await plain.http.withToken(admin).request('PUT', CLOCK, { now: '2027-01-01T12:00:00Z' });
    expect(absent.status).toBe(404);
    expect(absent.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: `Cannot PUT ${CLOCK}`,
    });
    expect((await plain.http.withToken(admin).post(`${CLOCK}/nudge-sweep`, {})).status).toBe(404);
    const docs = await plain.http.get<{ paths: Record<string, unknown> }>('/docs-json');
    expect(Object.keys(docs.body.paths).filter((p) => p.includes('test-clock'))).toEqual([]);
  });

  it('answers anyone but an admin as if it were not there', async () => {
    const callers = [
      clocked.http,
      clocked.http.withToken('not-a-token'),
      clocked.http.withToken(await tokenFor(principal('counsellor'))),
      clocked.http.withToken(await tokenFor(principal('coordinator'))),
      group.members[0].http,
    ];
    for (const caller of callers) {
      const moved = await caller.request('PUT', CLOCK, { now: '2027-01-01T12:00:00Z' });
      expect(moved.status).toBe(404);
      expect(moved.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: `Cannot PUT ${CLOCK}` });
      expect((await caller.request('DELETE', CLOCK)).status).toBe(404);
      expect((await caller.post(`${CLOCK}/nudge-sweep`, {})).status).toBe(404);
    }
  });

  it('an admin moves the service’s time: check-ins are dated by it, the streak and the nudge follow it', async () => {
    const http = clocked.http.withToken(admin);
    const base = `/api/programmes/${group.programmeId}`;
    const [a, b] = group.members;
    const quitDate = '2027-03-01';
    expect((await http.request('PUT', CLOCK, { now: 'tomorrow' })).status).toBe(400);

    await a.http.request('PUT', `${base}/enrolments/${a.enrolmentId}/goal`, {
      quitDate,
      targetCigarettesPerDay: 0,
    });
    expect(
      (await group.counsellor.post(`${base}/buddies`, { enrolmentIds: [a.enrolmentId, b.enrolmentId] }))
        .status,
    ).toBe(201);
    for (let d = 0; d < 4; d += 1) {
      const set = await http.request<{ now: string }>('PUT', CLOCK, {
        now: `${addDays(quitDate, d)}T20:00:00+08:00`,
      });
      expect(set.status).toBe(200);
      expect(Date.parse(set.body.now) - Date.parse(`${addDays(quitDate, d)}T12:00:00Z`)).toBeLessThan(5_000);
      const checkIn = await a.http.post<{ localDate: string }>(`${base}/check-ins`, {
        cigarettes: 0,
        craving: 4,
        mood: 'good',
        lapse: false,
      });
      expect(checkIn.status).toBe(200);
      expect(checkIn.body.localDate).toBe(addDays(quitDate, d));
      expect((await b.http.post(`${base}/check-ins`, smokingDay)).status).toBe(200);
    }
    const progress = await a.http.get(`${base}/enrolments/${a.enrolmentId}/progress`);
    expect(progress.body).toMatchObject({ streak: 4, lastCheckInOn: addDays(quitDate, 3) });

    // Three whole quiet days after a's last check-in (b kept checking in): b is nudged, once.
    await http.request('PUT', CLOCK, { now: `${addDays(quitDate, 6)}T20:00:00+08:00` });
    expect((await b.http.post(`${base}/check-ins`, smokingDay)).status).toBe(200);
    expect((await http.post(`${CLOCK}/nudge-sweep`, {})).body).toEqual({ nudged: 0 });
    await http.request('PUT', CLOCK, { now: `${addDays(quitDate, 7)}T09:00:00+08:00` });
    expect((await http.post(`${CLOCK}/nudge-sweep`, {})).body).toEqual({ nudged: 1 });
    expect((await http.post(`${CLOCK}/nudge-sweep`, {})).body).toEqual({ nudged: 0 });
    const nudges = await b.http.get<{ kind: string }[]>('/api/counselling/notifications');
    expect(nudges.body.map((n) => n.kind)).toEqual(['buddy_quiet']);

    // Back to the real time: today's check-in is for the real today again.
    expect((await http.request('DELETE', CLOCK)).status).toBe(204);
    const today = await b.http.post<{ localDate: string }>(`${base}/check-ins`, smokingDay);
    expect(today.body.localDate).toBe(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
    );
  });

  it('refuses to start with NODE_ENV=production', async () => {
    const started = createService(counsellingService, {
      ...clocked.env,
      NODE_ENV: 'production',
      COUNSELLING_TEST_CLOCK: 'enabled',
    });
    await expect(started).rejects.toBeInstanceOf(ConfigError);
    await expect(started).rejects.toThrow(
      /COUNSELLING_TEST_CLOCK: must not be "enabled" with NODE_ENV=production/,
    );
  });
});
