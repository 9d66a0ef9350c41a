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

  it('takes a scan kept offline as of when it was made, within OFFLINE_SCAN_MAX_MINUTES, never one from the future', async () => {
    const me = await fx.volunteer();
    const client = await fx.as(me);
    const shift = await runningShift([me]);
    // Scanned ten minutes ago without network: that code has expired by now, but not as of then.
    const scannedAt = new Date(Date.now() - 10 * 60_000);
    const offline = issueCheckInCode(QR_SECRET, shift, 'check_in', scannedAt);
    const sent = await client.post('/api/attendance/scan', {
      code: offline,
      scannedAt: scannedAt.toISOString(),
    });
    expect(sent.status).toBe(200);
    expect(new Date(sent.body.checkedInAt as string).toISOString()).toBe(scannedAt.toISOString());

    // The phone's clock may be wrong: the time recorded stays within when the code was on the screen.
    const someoneElse = await fx.volunteer();
    const other = await runningShift([someoneElse]);
    const shown = new Date(Date.now() - 30 * 60_000);
    const skewed = await (
      await fx.as(someoneElse)
    ).post('/api/attendance/scan', {
      code: issueCheckInCode(QR_SECRET, other, 'check_in', shown),
      scannedAt: new Date(shown.getTime() - 15 * 60_000).toISOString(),
    });
    expect(skewed.status).toBe(200);
    const recorded = new Date(skewed.body.checkedInAt as string).getTime();
    expect(recorded).toBeGreaterThanOrEqual(shown.getTime() - 30_000);
    expect(recorded).toBeLessThanOrEqual(shown.getTime() + 60_000);

    const longAgo = new Date(Date.now() - 125 * 60_000);
    const tooOld = await client.post('/api/attendance/scan', {
      code: issueCheckInCode(QR_SECRET, shift, 'check_out', longAgo),
      scannedAt: longAgo.toISOString(),
    });
    expect(tooOld.status).toBe(422);
    expect(tooOld.body.code).toBe('SCAN_TOO_OLD');

    const ahead = new Date(Date.now() + 10 * 60_000);
    const future = await client.post('/api/attendance/scan', {
      code: issueCheckInCode(QR_SECRET, shift, 'check_out', ahead),
      scannedAt: ahead.toISOString(),
    });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('ATTENDANCE_IN_FUTURE');
    expect(
      (await client.post('/api/attendance/scan', { code: offline, scannedAt: 'yesterday' })).status,
    ).toBe(400);
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

  it('takes a QR check-in only from an hour before the start until the end (422 with the window outside it)', async () => {
    const inMinutes = (m: number) => new Date(Date.now() + m * 60_000);
    /** A shift starting and ending so many minutes from now, with a volunteer confirmed on it. */
    const shiftAt = async (startsIn: number, endsIn: number) => {
      const me = await fx.volunteer();
      const shift = await fx.shift({
        startsAt: inMinutes(startsIn).toISOString(),
        endsAt: inMinutes(endsIn).toISOString(),
      });
      expect((await coordinator.post(`/api/shifts/${shift}/signups`, { volunteerId: me })).status).toBe(201);
      const client = await fx.as(me);
      return {
        shift,
        scan: async () => client.post('/api/attendance/scan', { code: (await code(shift, 'check_in')).code }),
      };
    };

    // Starts in two hours: check-in opens in one.
    const { shift: later, scan: scanLater } = await shiftAt(120, 240);
    const early = await scanLater();
    expect(early.status).toBe(422);
    const startsAt = (await coordinator.get(`/api/shifts/${later}`)).body.startsAt as string;
    const opensAt = new Date(Date.parse(startsAt) - 3_600_000).toISOString();
    expect(early.body).toMatchObject({
      code: 'CHECK_IN_TOO_EARLY',
      message: expect.stringMatching(
        /^Check-in opens at \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00, 60 minutes before the shift starts\.$/,
      ),
      details: { startsAt, checkInOpensAt: opensAt },
    });
    expect(await db.query('SELECT id FROM attendance WHERE shift_id = ?', [later])).toEqual([]);

    // Starts in half an hour: early arrivals check in.
    const onTime = await (await shiftAt(30, 150)).scan();
    expect(onTime.status).toBe(200);
    expect(onTime.body).toMatchObject({ status: 'attended', checkInMethod: 'qr' });

    // Ended ten minutes ago (the clock cannot be moved in a test, so the shift is moved instead).
    const { shift: ended, scan: scanEnded } = await shiftAt(30, 90);
    expect(
      (
        await coordinator.patch(`/api/shifts/${ended}`, {
          startsAt: inMinutes(-130).toISOString(),
          endsAt: inMinutes(-10).toISOString(),
        })
      ).status,
    ).toBe(200);
    const late = await scanEnded();
    expect(late.status).toBe(422);
    expect(late.body).toMatchObject({
      code: 'CHECK_IN_CLOSED',
      message: expect.stringContaining('when the shift ended; ask the shift’s leader or a coordinator'),
      details: { checkInClosesAt: expect.any(String), checkOutClosesAt: expect.any(String) },
    });
  });

  it('takes a QR check-out until two hours after the end, then only by hand', async () => {
    const me = await fx.volunteer();
    const client = await fx.as(me);
    const shift = await runningShift([me]);
    expect(
      (await client.post('/api/attendance/scan', { code: (await code(shift, 'check_in')).code })).status,
    ).toBe(200);

    // The shift ended three hours ago: the check-out closed an hour ago.
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    await db.query('UPDATE attendance SET checked_in_at = ? WHERE shift_id = ?', [
      new Date(hoursAgo(6)),
      shift,
    ]);
    expect(
      (
        await coordinator.patch(`/api/shifts/${shift}`, {
          startsAt: hoursAgo(6),
          endsAt: hoursAgo(3),
          opensAt: null,
          closesAt: null,
        })
      ).status,
    ).toBe(200);
    const out = await client.post('/api/attendance/scan', { code: (await code(shift, 'check_out')).code });
    expect(out.status).toBe(422);
    expect(out.body).toMatchObject({
      code: 'CHECK_OUT_CLOSED',
      message: expect.stringMatching(
        /120 minutes after the shift ended; ask the shift’s leader or a coordinator/,
      ),
      details: {
        endsAt: expect.any(String),
        checkOutClosesAt: new Date(Date.parse(out.body.details.endsAt) + 2 * 3_600_000).toISOString(),
      },
    });
    const [row] = await db.query('SELECT checked_out_at AS checkedOutAt FROM attendance WHERE shift_id = ?', [
      shift,
    ]);
    expect(row.checkedOutAt).toBeNull();

    // The leader or a coordinator records it by hand, with a reason.
    const recorded = await coordinator.post(`/api/shifts/${shift}/attendance`, {
      volunteerId: me,
      checkedInAt: hoursAgo(6),
      checkedOutAt: hoursAgo(3),
      reason: '忘记签退，队长补录',
    });
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ checkOutMethod: 'manual', missingCheckOut: false });
  });

  it('refuses attendance recorded by hand for times that have not happened yet (422 ATTENDANCE_IN_FUTURE)', async () => {
    const me = await fx.volunteer();
    const shift = await runningShift([me]);
    const fromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    const record = (checkedInAt: string, checkedOutAt?: string) =>
      coordinator.post(`/api/shifts/${shift}/attendance`, {
        volunteerId: me,
        checkedInAt,
        ...(checkedOutAt ? { checkedOutAt } : {}),
        reason: '补录',
      });

    const outLater = await record(fromNow(-60), fromNow(60));
    expect(outLater.status).toBe(422);
    expect(outLater.body).toMatchObject({
      code: 'ATTENDANCE_IN_FUTURE',
      message: expect.stringContaining('The check-out time'),
      details: { field: 'checkedOutAt', latestAccepted: expect.any(String) },
    });
    const inLater = await record(fromNow(30));
    expect(inLater.status).toBe(422);
    expect(inLater.body).toMatchObject({ code: 'ATTENDANCE_IN_FUTURE', details: { field: 'checkedInAt' } });
    expect(await db.query('SELECT id FROM attendance WHERE shift_id = ?', [shift])).toEqual([]);

    // A device clock a minute ahead of the server's is forgiven.
    const skewed = await record(fromNow(-60), fromNow(1));
    expect(skewed.status).toBe(200);
    expect(skewed.body.checkOutMethod).toBe('manual');
  });

  it('answers a volunteer’s hours from one moment: the total is the verified records’ sum while verifications land', async () => {
    const me = await fx.volunteer();
    const shift = await runningShift([me]);
    const recorded = await coordinator.post(`/api/shifts/${shift}/attendance`, {
      volunteerId: me,
      checkedInAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      checkedOutAt: new Date(Date.now() - 3_600_000).toISOString(),
      reason: '纸质签到表补录',
    });
    expect(recorded.status).toBe(200);
    const [original] = (await coordinator.get(`/api/volunteers/${me}/hours`)).body.records;
    // Eleven unverified records in all: copies of the one recorded, in one connection (a temporary table).
    const ids = await db.transaction(async (tx) => {
      await tx.query('CREATE TEMPORARY TABLE copies AS SELECT * FROM hours_records WHERE id = ?', [
        original.id,
      ]);
      const made: string[] = [original.id];
      for (let i = 0; i < 10; i++) {
        const [{ id }] = await tx.query('SELECT UUID() AS id');
        await tx.query('UPDATE copies SET id = ?, attendance_id = UUID()', [id]);
        await tx.query('INSERT INTO hours_records SELECT * FROM copies');
        made.push(id);
      }
      await tx.query('DROP TEMPORARY TABLE copies');
      return made;
    });

    // Verifications commit one by one while the volunteer's hours are read again and again.
    let verifying = true;
    const verifications = (async () => {
      for (const id of ids) {
        await db.query("UPDATE hours_records SET status = 'verified', verified_at = NOW(3) WHERE id = ?", [
          id,
        ]);
        await new Promise((resolve) => setTimeout(resolve, 3));
      }
      verifying = false;
    })();
    const answers: { totalVerifiedHours: string; byMonth: { hours: string }[]; records: any[] }[] = [];
    while (verifying) answers.push((await coordinator.get(`/api/volunteers/${me}/hours`)).body);
    await verifications;
    answers.push((await coordinator.get(`/api/volunteers/${me}/hours`)).body);

    const cents = (hours: string) => Math.round(Number(hours) * 100);
    for (const answer of answers) {
      const verified = answer.records.filter((r) => r.status === 'verified');
      const sum = verified.reduce((total, r) => total + cents(r.hours), 0);
      expect({
        total: cents(answer.totalVerifiedHours),
        months: answer.byMonth.reduce((t, m) => t + cents(m.hours), 0),
      }).toEqual({ total: sum, months: sum });
    }
    expect(answers.at(-1)!.totalVerifiedHours).toBe('11.00');
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
