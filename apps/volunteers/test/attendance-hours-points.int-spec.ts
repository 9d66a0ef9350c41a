import { startTestService, type HttpClient, type TestService } from '@linkage/testing';
import { DataSource } from 'typeorm';
import { issueCheckInCode } from '../src/attendance/qr-code';
import { volunteersService } from '../src/volunteers.service-definition';
import { at, VolunteersFixture } from './fixtures';

const FIRE = '消防安全';
const QR_SECRET = 'integration-test-qr-secret-0123456789';

describe('volunteers: attendance by QR, verified hours and points', () => {
  let service: TestService;
  let fx: VolunteersFixture;
  let coordinator: HttpClient;
  let db: DataSource;

  beforeAll(async () => {
    service = await startTestService(volunteersService, {
      WAITLIST_SWEEP_INTERVAL_MS: '0',
      ATTENDANCE_SWEEP_INTERVAL_MS: '0',
      NOTIFICATION_SWEEP_INTERVAL_MS: '0',
      VOLUNTEERS_QR_SECRET: QR_SECRET,
      POINTS_PER_VERIFIED_HOUR: '10',
    });
    fx = await VolunteersFixture.start(service);
    coordinator = fx.coordinator;
    db = service.app.get(DataSource);
  });
  afterAll(() => service.close());

  /** A shift running now (started an hour ago) that the volunteers are confirmed on. */
  async function runningShift(volunteers: string[], extra: Record<string, unknown> = {}): Promise<string> {
    const now = Date.now();
    const shift = await fx.shift({
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 3 * 3_600_000).toISOString(),
      opensAt: new Date(now - 7_200_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
      capacity: 5,
      ...extra,
    });
    for (const volunteerId of volunteers) {
      const response = await coordinator.post(`/api/shifts/${shift}/signups`, { volunteerId });
      expect(response.body.status).toBe('confirmed');
    }
    return shift;
  }

  const code = async (shift: string, purpose: 'check_in' | 'check_out', client = coordinator) => {
    const response = await client.get(`/api/shifts/${shift}/check-in-code?purpose=${purpose}`);
    expect(response.status).toBe(200);
    return response.body as { code: string; rotatesAt: string };
  };

  it('checks in and out by QR (idempotent, far flagged), a coordinator verifies, the volunteer sees hours and points', async () => {
    const me = await fx.volunteer({ name: '扫码者' });
    await fx.certify(me, FIRE, '2020-01-01', '2099-12-31');
    const client = await fx.as(me);
    const shift = await runningShift([me], {
      location: { venue: '南山社区', latitude: 37.5356, longitude: 121.3915 },
    });

    const checkIn = await code(shift, 'check_in');
    expect(new Date(checkIn.rotatesAt).getTime()).toBeGreaterThan(Date.now());
    const first = await client.post('/api/attendance/scan', {
      code: checkIn.code,
      lat: 37.5357,
      lng: 121.3916,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'attended', checkInMethod: 'qr', farFromVenue: false });
    const again = await client.post('/api/attendance/scan', { code: checkIn.code });
    expect(again.body.checkedInAt).toBe(first.body.checkedInAt);

    // Three hours ago, so the record has hours to count.
    await db.query('UPDATE attendance SET checked_in_at = ? WHERE id = ?', [
      new Date(Date.now() - 3 * 3_600_000 - 60_000),
      first.body.id,
    ]);
    const out = await client.post('/api/attendance/scan', {
      code: (await code(shift, 'check_out')).code,
      lat: 39.9,
      lng: 116.4,
    });
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ checkOutMethod: 'qr', farFromVenue: true });

    const hours = await client.get(`/api/volunteers/${me}/hours`);
    expect(hours.status).toBe(200);
    expect(hours.body.totalVerifiedHours).toBe('0.00');
    const [record] = hours.body.records;
    expect(record).toMatchObject({ hours: '3.00', status: 'recorded', verifiedBy: null });
    expect((await client.post(`/api/hours/${record.id}/verify`)).status).toBe(403);

    const verified = await coordinator.post(`/api/hours/${record.id}/verify`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ status: 'verified', verifiedBy: expect.any(String) });
    const after = await client.get(`/api/volunteers/${me}/hours`);
    expect(after.body).toMatchObject({
      totalVerifiedHours: '3.00',
      starLevel: { level: 0, nextLevelAtHours: 100, hoursToNextLevel: '97.00' },
      byMonth: [{ month: expect.any(String), hours: '3.00' }],
    });
    expect((await client.get(`/api/volunteers/${me}/points`)).body).toMatchObject({
      balance: 30,
      entries: [{ kind: 'per_verified_hour', points: 30, sourceType: 'hours_record', sourceId: record.id }],
    });

    const adjusted = await coordinator.patch(`/api/hours/${record.id}`, {
      hours: '2.50',
      reason: '提前离开半小时',
    });
    expect(adjusted.status).toBe(200);
    expect(adjusted.body.hours).toBe('2.50');
    const detail = await client.get(`/api/hours/${record.id}`);
    expect(detail.body.adjustments).toMatchObject([
      { previousHours: '3.00', hours: '2.50', reason: '提前离开半小时' },
    ]);
    const points = await client.get(`/api/volunteers/${me}/points`);
    expect(points.body.balance).toBe(25);
    expect(points.body.entries.map((e: { points: number }) => e.points)).toEqual([-5, 30]);

    const totals = await coordinator.get('/api/hours/totals?by=month');
    expect(totals.status).toBe(200);
    expect(totals.body.length).toBeGreaterThan(0);
    const csv = await coordinator.get('/api/hours/export?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(String(csv.body)).toContain('扫码者');
    const xlsx = await fetch(`${service.url}/api/hours/export?format=xlsx`, {
      headers: {
        authorization: (coordinator as unknown as { defaultHeaders: Record<string, string> }).defaultHeaders
          .authorization,
      },
    });
    expect(xlsx.status).toBe(200);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('refuses an expired or forged code with a 422 and its code', async () => {
    const me = await fx.volunteer();
    const client = await fx.as(me);
    const shift = await runningShift([me]);
    const expired = issueCheckInCode(QR_SECRET, shift, 'check_in', new Date(Date.now() - 10 * 60_000));
    const late = await client.post('/api/attendance/scan', { code: expired });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('CHECK_IN_CODE_EXPIRED');
    const forged = issueCheckInCode('someone-elses-secret-0123456789', shift, 'check_in', new Date());
    const bad = await client.post('/api/attendance/scan', { code: forged });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('CHECK_IN_CODE_INVALID');
    expect((await client.post('/api/attendance/scan', { code: 'hello' })).body.code).toBe(
      'CHECK_IN_CODE_INVALID',
    );
    // A volunteer not on the shift cannot use a genuine code.
    const stranger = await fx.as(await fx.volunteer());
    const notOn = await stranger.post('/api/attendance/scan', { code: (await code(shift, 'check_in')).code });
    expect(notOn.status).toBe(422);
    expect(notOn.body.code).toBe('ATTENDANCE_NOT_CONFIRMED');
    // Only those who manage the shift get its code.
    expect((await client.get(`/api/shifts/${shift}/check-in-code?purpose=check_in`)).status).toBe(403);
  });

  it('hides another volunteer’s hours, points and hours records (404)', async () => {
    const owner = await fx.volunteer();
    const other = await fx.as(await fx.volunteer());
    const shift = await runningShift([owner]);
    const recorded = await coordinator.post(`/api/shifts/${shift}/attendance`, {
      volunteerId: owner,
      checkedInAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      checkedOutAt: new Date(Date.now() - 3_600_000).toISOString(),
      reason: '手机没电，代为签到',
    });
    expect(recorded.status).toBe(200);
    const [record] = (await coordinator.get(`/api/volunteers/${owner}/hours`)).body.records;
    expect(record.hours).toBe('1.00');
    expect((await other.get(`/api/volunteers/${owner}/hours`)).status).toBe(404);
    expect((await other.get(`/api/volunteers/${owner}/points`)).status).toBe(404);
    expect((await other.get(`/api/hours/${record.id}`)).status).toBe(404);
    expect((await other.post(`/api/hours/${record.id}/verify`)).status).toBe(404);
    expect((await other.get('/api/hours/totals?by=team')).status).toBe(403);
  });

  it('holds a local day to 8 hours across two shifts', async () => {
    const me = await fx.volunteer();
    const record = async (shift: string, from: string, to: string) =>
      coordinator.post(`/api/shifts/${shift}/attendance`, {
        volunteerId: me,
        checkedInAt: from,
        checkedOutAt: to,
        reason: '补录',
      });
    // Attendance is recorded by its own times; the shifts are only what the volunteer signed up for.
    const morning = await fx.shift({ startsAt: at(6, '06:00'), endsAt: at(6, '12:00') });
    const evening = await fx.shift({ startsAt: at(6, '13:00'), endsAt: at(6, '19:00') });
    for (const shift of [morning, evening]) {
      const signed = await coordinator.post(`/api/shifts/${shift}/signups`, { volunteerId: me });
      expect(signed.body.status).toBe('confirmed');
    }
    expect((await record(morning, at(-1, '06:00'), at(-1, '12:00'))).status).toBe(200);
    expect((await record(evening, at(-1, '13:00'), at(-1, '19:00'))).status).toBe(200);
    const records = (await coordinator.get(`/api/volunteers/${me}/hours`)).body.records as {
      hours: string;
      trimmedHours: string;
    }[];
    expect(records.map((r) => r.hours).sort()).toEqual(['2.00', '6.00']);
    expect(records.map((r) => r.trimmedHours).sort()).toEqual(['0.00', '4.00']);
  });

  it('keeps the points ledger append-only in the database', async () => {
    const me = await fx.volunteer();
    const award = await coordinator.post('/api/points/awards', {
      volunteerId: me,
      points: 50,
      reason: '表现突出',
    });
    expect(award.status).toBe(201);
    expect(award.body).toMatchObject({ kind: 'manual_award', points: 50, reason: '表现突出' });
    await expect(
      db.query('UPDATE points_ledger SET points = 500 WHERE id = ?', [award.body.id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM points_ledger WHERE id = ?', [award.body.id])).rejects.toThrow(
      /append-only/,
    );
    expect(
      (await (await fx.as(me)).post('/api/points/awards', { volunteerId: me, points: 5, reason: 'x' }))
        .status,
    ).toBe(403);
  });
});
