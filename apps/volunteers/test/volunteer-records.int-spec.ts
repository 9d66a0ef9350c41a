import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { issueCheckInCode } from '../src/attendance/qr-code';
import { issueVolunteerCardCode } from '../src/attendance/volunteer-card-code';
import { localDateOf } from '../src/time/local-date';
import { volunteersService } from '../src/volunteers.service-definition';
import { at, onDay, VolunteersFixture } from './fixtures';

const QR_SECRET = 'integration-test-qr-secret-records-0123';
const today = () => localDateOf(new Date());
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

/**
 * Issue 13 against real MariaDB: the volunteer's card scanned by the shift's leader (windows, far from
 * the venue, walk-ins, full), the national volunteer number on profiles and certificates, hand-over
 * batches (each record once, also when two coordinators export at once), activity insurance.
 */
describe('volunteers: the card, the national number, hand-over and insurance', () => {
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
    });
    fx = await VolunteersFixture.start(service);
    coordinator = fx.coordinator;
    db = service.app.get(DataSource);
  });
  afterAll(() => service.close());

  /** A file answer as bytes (the JSON client reads text). */
  async function bytes(method: string, path: string): Promise<{ status: number; body: Buffer }> {
    const token = await tokenFor(principal('coordinator'));
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
  }

  const auditActions = async (recordId: string): Promise<string[]> =>
    (
      await db.query<{ action: string }[]>(
        'SELECT action FROM audit_events WHERE record_id = ? ORDER BY id',
        [recordId],
      )
    ).map((r) => r.action);

  /** A team with a leader (who gets a client), and a shift of it running now. */
  async function teamShift(capacity = 3, extra: Record<string, unknown> = {}) {
    const team = await fx.team();
    const leaderId = await fx.volunteer({ name: '队长王子涵' });
    await fx.join(team, leaderId, 'leader');
    const leader = await fx.as(leaderId);
    const now = Date.now();
    const shift = await fx.shift({
      teamId: team,
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 3 * 3_600_000).toISOString(),
      opensAt: new Date(now - 7_200_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
      capacity,
      location: { venue: '滨海路社区党群服务中心', latitude: 37.5356, longitude: 121.3915 },
      ...extra,
    });
    return { team, leader, leaderId, shift };
  }

  async function member(team: string, name: string, confirmedOn?: string): Promise<string> {
    const id = await fx.volunteer({ name });
    await fx.join(team, id);
    if (confirmedOn) {
      const signup = await coordinator.post(`/api/shifts/${confirmedOn}/signups`, { volunteerId: id });
      expect(signup.body.status).toBe('confirmed');
    }
    return id;
  }

  const cardOf = async (volunteerId: string): Promise<string> => {
    const card = await (
      await fx.as(volunteerId)
    ).get<{ codes: { code: string; validFrom: string }[] }>('/api/volunteers/me/card');
    expect(card.status).toBe(200);
    const now = Date.now();
    return card.body.codes.filter((c) => Date.parse(c.validFrom) <= now).at(-1)!.code;
  };

  describe('the electronic volunteer card', () => {
    it('shows the volunteer their card with codes for the next minutes; nobody else has one', async () => {
      const me = await fx.volunteer({ name: '李晓雯' });
      const response = await (await fx.as(me)).get('/api/volunteers/me/card');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ volunteerId: me, name: '李晓雯', periodSeconds: 30 });
      // 10 minutes ahead at 30 s: the current code and 20 more.
      expect(response.body.codes).toHaveLength(21);
      expect(response.body.codes[0].code).toMatch(new RegExp(`^c1\\.v\\.[0-9a-z]+\\.${me}\\.`));
      expect((await coordinator.get('/api/volunteers/me/card')).status).toBe(403);
    });

    it('the leader checks a confirmed volunteer in and out by their card: once, flagged far from the venue', async () => {
      const { team, leader, shift } = await teamShift();
      const me = await member(team, '扫卡者', shift);
      const code = await cardOf(me);

      const checkIn = await leader.post(`/api/shifts/${shift}/attendance/card-scan`, {
        code,
        purpose: 'check_in',
        lat: 37.6,
        lng: 121.5,
      });
      expect(checkIn.status).toBe(200);
      expect(checkIn.body).toMatchObject({
        volunteer: { id: me, name: '扫卡者' },
        changed: true,
        walkedIn: false,
        attendance: { status: 'attended', checkInMethod: 'card', farFromVenue: true },
      });
      const again = await leader.post(`/api/shifts/${shift}/attendance/card-scan`, {
        code,
        purpose: 'check_in',
      });
      expect(again.body).toMatchObject({ changed: false });
      expect(again.body.attendance.checkedInAt).toBe(checkIn.body.attendance.checkedInAt);

      await db.query('UPDATE attendance SET checked_in_at = ? WHERE id = ?', [
        new Date(Date.now() - 2 * 3_600_000 - 60_000),
        checkIn.body.attendance.id,
      ]);
      const out = await leader.post(`/api/shifts/${shift}/attendance/card-scan`, {
        code: await cardOf(me),
        purpose: 'check_out',
      });
      expect(out.status).toBe(200);
      expect(out.body.attendance).toMatchObject({ checkOutMethod: 'card' });
      const hours = await coordinator.get<{ records: { shiftId: string; hours: string }[] }>(
        `/api/volunteers/${me}/hours`,
      );
      expect(hours.body.records.find((r) => r.shiftId === shift)?.hours).toBe('2.00');
      expect(await auditActions(checkIn.body.attendance.id)).toEqual([
        'attendance.checked_in',
        'attendance.checked_out',
      ]);
    });

    it('takes a card scanned on the leader’s phone without network when it is sent later, as of then', async () => {
      const { team, leader, shift } = await teamShift();
      const me = await member(team, '离线扫卡', shift);
      const scannedAt = new Date(Date.now() - 20 * 60_000);
      const sent = await leader.post(`/api/shifts/${shift}/attendance/card-scan`, {
        code: issueVolunteerCardCode(QR_SECRET, me, scannedAt),
        purpose: 'check_in',
        scannedAt: scannedAt.toISOString(),
      });
      expect(sent.status).toBe(200);
      const checkedInAt = Date.parse(sent.body.attendance.checkedInAt);
      expect(Math.abs(checkedInAt - scannedAt.getTime())).toBeLessThan(60_000);
      const ahead = await leader.post(`/api/shifts/${shift}/attendance/card-scan`, {
        code: issueVolunteerCardCode(QR_SECRET, me, new Date()),
        purpose: 'check_out',
        scannedAt: new Date(Date.now() + 10 * 60_000).toISOString(),
      });
      expect(ahead.body.code).toBe('ATTENDANCE_IN_FUTURE');
    });

    it('refuses a forged, garbled, expired or wrong-purpose code by name, and a card is no shift code', async () => {
      const { team, leader, shift } = await teamShift();
      const me = await member(team, '卡片测试', shift);
      const scan = (code: string) =>
        leader.post(`/api/shifts/${shift}/attendance/card-scan`, { code, purpose: 'check_in' });

      const card = issueVolunteerCardCode(QR_SECRET, me, new Date());
      const forged = card.replace(me, await fx.volunteer());
      expect((await scan(forged)).body.code).toBe('VOLUNTEER_CARD_INVALID');
      expect((await scan('hello')).body).toMatchObject({ statusCode: 422, code: 'VOLUNTEER_CARD_INVALID' });
      const old = issueVolunteerCardCode(QR_SECRET, me, new Date(Date.now() - 5 * 60_000));
      expect((await scan(old)).body).toMatchObject({
        statusCode: 422,
        code: 'VOLUNTEER_CARD_EXPIRED',
        details: { reason: 'expired' },
      });
      const shiftCode = issueCheckInCode(QR_SECRET, shift, 'check_in', new Date());
      expect((await scan(shiftCode)).body.code).toBe('VOLUNTEER_CARD_WRONG_PURPOSE');
      // The volunteer's own scanner refuses a card: a card code is never a shift code.
      const own = await (await fx.as(me)).post('/api/attendance/scan', { code: card });
      expect(own.body.code).toBe('CHECK_IN_CODE_INVALID');
      expect(await db.query('SELECT id FROM attendance WHERE shift_id = ?', [shift])).toEqual([]);
    });

    it('takes the same windows as the shift code, and only those who manage the shift scan', async () => {
      const team = await fx.team();
      const leaderId = await fx.volunteer();
      await fx.join(team, leaderId, 'leader');
      const leader = await fx.as(leaderId);
      const later = await fx.shift({ teamId: team, startsAt: at(2, '09:00'), endsAt: at(2, '12:00') });
      const me = await member(team, '早到者', later);
      const code = await cardOf(me);
      const early = await leader.post(`/api/shifts/${later}/attendance/card-scan`, {
        code,
        purpose: 'check_in',
      });
      expect(early.body).toMatchObject({ statusCode: 422, code: 'CHECK_IN_TOO_EARLY' });
      expect(early.body.details.checkInOpensAt).toBeDefined();

      const plain = await fx.as(await member(team, '普通队员'));
      const refused = await plain.post(`/api/shifts/${later}/attendance/card-scan`, {
        code,
        purpose: 'check_in',
      });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('SHIFT_MANAGE_FORBIDDEN');
      const bad = await leader.post(`/api/shifts/${later}/attendance/card-scan`, { code, purpose: 'arrive' });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('purpose');
    });

    it('offers someone without a place as a walk-in; added with a reason (audited), or refused when full', async () => {
      const { team, leader, shift } = await teamShift(2);
      const walker = await member(team, '临时队员');
      const code = await cardOf(walker);

      const refused = await leader.post(`/api/shifts/${shift}/attendance/card-scan`, {
        code,
        purpose: 'check_in',
      });
      expect(refused.body).toMatchObject({
        statusCode: 422,
        code: 'CARD_VOLUNTEER_NOT_SIGNED_UP',
        details: { volunteerId: walker, volunteerName: '临时队员', placesLeft: 2 },
      });
      const noReason = await leader.post(`/api/shifts/${shift}/attendance/card-scan`, {
        code,
        purpose: 'check_in',
        walkIn: { reason: '  ' },
      });
      expect(noReason.status).toBe(400);

      // Writing the reason took a few minutes: the card's code is still taken for the walk-in.
      const shownEarlier = issueVolunteerCardCode(QR_SECRET, walker, new Date(Date.now() - 4 * 60_000));
      const tooOld = issueVolunteerCardCode(QR_SECRET, walker, new Date(Date.now() - 11 * 60_000));
      const stale = await leader.post(`/api/shifts/${shift}/attendance/card-scan`, {
        code: tooOld,
        purpose: 'check_in',
        walkIn: { reason: '顶替生病的队员' },
      });
      expect(stale.body.code).toBe('SCAN_TOO_OLD');
      const added = await leader.post(`/api/shifts/${shift}/attendance/card-scan`, {
        code: shownEarlier,
        purpose: 'check_in',
        walkIn: { reason: '顶替生病的队员' },
      });
      expect(added.status).toBe(200);
      expect(added.body).toMatchObject({ walkedIn: true, attendance: { checkInMethod: 'card' } });
      const [signup] = await db.query<{ id: string; status: string }[]>(
        'SELECT id, status FROM shift_signups WHERE shift_id = ? AND volunteer_id = ?',
        [shift, walker],
      );
      expect(signup.status).toBe('confirmed');
      const [audit] = await db.query<{ details: string | object }[]>(
        `SELECT details FROM audit_events WHERE record_id = ? AND action = 'signup.walk_in'`,
        [signup.id],
      );
      expect(JSON.stringify(audit.details)).toContain('顶替生病的队员');

      // Fill the last place, then a second walk-in finds the shift full and leaves nothing behind.
      await member(team, '第二名', shift);
      const late = await member(team, '迟来者');
      const full = await leader.post(`/api/shifts/${shift}/attendance/card-scan`, {
        code: await cardOf(late),
        purpose: 'check_in',
        walkIn: { reason: '现场报名' },
      });
      expect(full.status).toBe(409);
      expect(full.body).toMatchObject({ code: 'SHIFT_FULL', details: { capacity: 2, seatsTaken: 2 } });
      expect(await db.query('SELECT id FROM shift_signups WHERE volunteer_id = ?', [late])).toEqual([]);
      expect(await db.query('SELECT id FROM attendance WHERE volunteer_id = ?', [late])).toEqual([]);
    });
  });

  describe('the national unified volunteer number', () => {
    it('is validated with field details, normalised, unique, and never an ID number', async () => {
      const me = await fx.volunteer();
      const client = await fx.as(me);
      const patch = (value: unknown) =>
        client.request('PATCH', `/api/volunteers/${me}`, { nationalVolunteerNumber: value });

      for (const bad of ['12', '志愿者编号123', '11010519491231002X']) {
        const response = await patch(bad);
        expect(response.status).toBe(400);
        expect(response.body.details).toEqual([
          expect.objectContaining({ field: 'nationalVolunteerNumber' }),
        ]);
      }
      expect(JSON.stringify((await patch('11010519491231002X')).body)).toContain('resident ID');

      const ok = await patch('3706 0220-2300 9876');
      expect(ok.status).toBe(200);
      expect(ok.body.nationalVolunteerNumber).toBe('3706022023009876');

      const other = await fx.volunteer();
      const taken = await coordinator.request('PATCH', `/api/volunteers/${other}`, {
        nationalVolunteerNumber: '3706022023009876',
      });
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({
        code: 'VOLUNTEER_NATIONAL_NUMBER_TAKEN',
        details: { nationalVolunteerNumber: '3706022023009876' },
      });
      expect((await patch(null)).body.nationalVolunteerNumber).toBeNull();
    });

    it('is shown on certificates instead of the student number', async () => {
      const { team, shift } = await teamShift();
      const me = await member(team, '证书持有人', shift);
      await coordinator.post(`/api/shifts/${shift}/attendance`, {
        volunteerId: me,
        checkedInAt: hoursAgo(0.9),
        checkedOutAt: hoursAgo(0.1),
        reason: '纸质签到表',
      });
      const hours = await coordinator.get<{ records: { id: string }[] }>(`/api/volunteers/${me}/hours`);
      await coordinator.request('PATCH', `/api/hours/${hours.body.records[0].id}`, {
        hours: '1',
        reason: '核对',
      });
      expect((await coordinator.post(`/api/hours/${hours.body.records[0].id}/verify`)).status).toBe(200);

      const before = await coordinator.post(`/api/volunteers/${me}/certificates`);
      expect(before.body).toMatchObject({ nationalVolunteerNumber: null });
      expect(before.body.maskedStudentNumber).toContain('*');

      await coordinator.request('PATCH', `/api/volunteers/${me}`, {
        nationalVolunteerNumber: 'SD2026000777',
      });
      const after = await coordinator.post(`/api/volunteers/${me}/certificates`);
      expect(after.body).toMatchObject({
        nationalVolunteerNumber: 'SD2026000777',
        maskedStudentNumber: null,
      });
      const verified = await service.http.get(`/api/certificates/${after.body.number}/verify`);
      expect(verified.body).toMatchObject({
        nationalVolunteerNumber: 'SD2026000777',
        maskedStudentNumber: null,
      });
      const pdf = await coordinator.get(`/api/certificates/${after.body.number}.pdf`);
      expect(pdf.status).toBe(200);
    });
  });

  /** A verified record of 2 hours served today on a shift of its own. */
  async function verifiedRecord(name: string): Promise<string> {
    const { team, shift } = await teamShift();
    const me = await member(team, name, shift);
    const recorded = await coordinator.post(`/api/shifts/${shift}/attendance`, {
      volunteerId: me,
      checkedInAt: hoursAgo(2.5),
      checkedOutAt: hoursAgo(0.4),
      reason: '纸质签到表',
    });
    expect(recorded.status).toBe(200);
    const hours = await coordinator.get<{ records: { id: string }[] }>(`/api/volunteers/${me}/hours`);
    const id = hours.body.records[0].id;
    expect((await coordinator.post(`/api/hours/${id}/verify`)).status).toBe(200);
    return id;
  }

  const batchRecords = async (batchId: string): Promise<string[]> =>
    (
      await db.query<{ id: string }[]>(
        'SELECT hours_record_id AS id FROM handover_records WHERE batch_id = ?',
        [batchId],
      )
    ).map((r) => r.id);

  describe('hand-over to the national system', () => {
    it('hands a period over once as a numbered, audited batch; the second export holds nothing handed over', async () => {
      const mine = [await verifiedRecord('移交甲'), await verifiedRecord('移交乙')];
      await coordinator.request(
        'PATCH',
        `/api/volunteers/${(await db.query<{ v: string }[]>('SELECT volunteer_id AS v FROM hours_records WHERE id = ?', [mine[0]]))[0].v}`,
        {
          nationalVolunteerNumber: 'YT2026000123',
        },
      );
      const period = { from: onDay(-1), to: today() }; // 2.5 hours ago may be yesterday

      const before = await coordinator.get(`/api/handovers/summary?from=${period.from}&to=${period.to}`);
      expect(before.status).toBe(200);
      expect(before.body.pending).toBeGreaterThanOrEqual(2);
      const first = await coordinator.post('/api/handovers', period);
      expect(first.status).toBe(201);
      expect(first.body.recordCount).toBe(before.body.pending);
      const after = await coordinator.get(`/api/handovers/summary?from=${period.from}&to=${period.to}`);
      expect(after.body).toEqual({ pending: 0, handedOver: before.body.handedOver + first.body.recordCount });
      expect(first.body.number).toMatch(/^HO-\d{4}-\d{4}$/);
      expect(first.body.recordCount).toBeGreaterThanOrEqual(2);
      expect(await batchRecords(first.body.id)).toEqual(expect.arrayContaining(mine));
      expect(await auditActions(first.body.id)).toEqual(['handover.created']);

      const second = await coordinator.post('/api/handovers', period);
      expect(second.status).toBe(422);
      expect(second.body).toMatchObject({
        code: 'HANDOVER_NOTHING_NEW',
        details: { ...period, alreadyHandedOver: first.body.recordCount },
      });

      // A record verified since is the only one in the next batch.
      const newer = await verifiedRecord('移交丙');
      const third = await coordinator.post('/api/handovers', period);
      expect(third.status).toBe(201);
      expect(await batchRecords(third.body.id)).toEqual([newer]);

      const csv = await coordinator.get<string>(`/api/handovers/${first.body.number}/file?format=csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const text = csv.body;
      expect(text.split('\r\n')[0]).toBe(
        '序号,志愿者姓名,全国志愿者统一编号,学号,志愿队伍,服务项目（活动）名称,项目来源,服务地点,服务日期,开始时间,结束时间,服务时长（小时）,记录人,记录时间,核实人（单位）,核实时间,培训情况,表彰奖励,服务证明编号,记录编号',
      );
      expect(text).toContain('移交甲,YT2026000123,');
      // A byte-order mark, so Excel on Windows reads the Chinese (fetch's text() drops it).
      const raw = await bytes('GET', `/api/handovers/${first.body.number}/file?format=csv`);
      expect([...raw.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(text).toContain(mine[1]);

      const xlsx = await bytes('GET', `/api/handovers/${third.body.number}/file?format=xlsx`);
      expect(xlsx.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body as never);
      expect(book.getWorksheet('服务记录')!.getRow(2).getCell(20).value).toBe(newer);
      expect(book.getWorksheet('移交批次')!.getRow(1).getCell(2).value).toBe(third.body.number);
      const list = await coordinator.get<{ items: { number: string }[] }>('/api/handovers');
      expect(list.body.items.map((b) => b.number).slice(0, 2)).toEqual([
        third.body.number,
        first.body.number,
      ]);
      expect(await auditActions(first.body.id)).toEqual([
        'handover.created',
        'handover.downloaded',
        'handover.downloaded',
      ]);
      expect(await auditActions(third.body.id)).toEqual(['handover.created', 'handover.downloaded']);
    });

    it('two coordinators exporting at once never hand a record over twice', async () => {
      const mine = [
        await verifiedRecord('并发甲'),
        await verifiedRecord('并发乙'),
        await verifiedRecord('并发丙'),
      ];
      const other = service.http.withToken(await tokenFor(principal('coordinator')));
      const period = { from: onDay(-1), to: today() }; // 2.5 hours ago may be yesterday
      const answers = await Promise.all([
        coordinator.post('/api/handovers', period),
        other.post('/api/handovers', period),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 422]);
      const made = answers.find((a) => a.status === 201)!;
      expect(await batchRecords(made.body.id)).toEqual(expect.arrayContaining(mine));
      const [dupes] = await db.query<{ n: string }[]>(
        'SELECT COUNT(*) - COUNT(DISTINCT hours_record_id) AS n FROM handover_records',
      );
      expect(Number(dupes.n)).toBe(0);
    });

    it('answers bad periods with field details, unknown batches with 404, and leaders not at all', async () => {
      const bad = await coordinator.post('/api/handovers', { from: '2026-10-31', to: '2026-10-01' });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['to']);
      expect((await coordinator.post('/api/handovers', { from: 'yesterday', to: today() })).status).toBe(400);
      expect((await coordinator.get('/api/handovers/summary?from=2026-10-31&to=2026-10-01')).status).toBe(
        400,
      );
      const missing = await coordinator.get('/api/handovers/HO-1999-0001/file?format=csv');
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('HANDOVER_NOT_FOUND');
      const { leader } = await teamShift();
      expect((await leader.post('/api/handovers', { from: today(), to: today() })).status).toBe(403);
    });
  });

  describe('activity insurance', () => {
    it('records the policy, sends the insured list and flags whoever is confirmed after it', async () => {
      const { team, shift } = await teamShift(5);
      const first = await member(team, '投保甲', shift);
      const none = await coordinator.get(`/api/shifts/${shift}/insurance`);
      expect(none.body).toMatchObject({ required: false, policy: null, people: [] });
      expect((await coordinator.post(`/api/shifts/${shift}/insurance/insured-list`)).body.code).toBe(
        'INSURANCE_NOT_RECORDED',
      );

      const policy = {
        insurer: '中国人寿',
        policyNumber: 'PA-2026-0001',
        coversFrom: '2020-01-01',
        coversTo: '2020-01-31',
      };
      const notCovering = await coordinator.request('PUT', `/api/shifts/${shift}/insurance`, policy);
      expect(notCovering.status).toBe(422);
      expect(notCovering.body.code).toBe('INSURANCE_PERIOD_NOT_COVERING');
      const badDates = await coordinator.request('PUT', `/api/shifts/${shift}/insurance`, {
        ...policy,
        coversFrom: '2026-12-31',
        coversTo: '2026-12-01',
      });
      expect(badDates.status).toBe(400);

      // The shift runs from an hour ago for four hours: late in the day it ends tomorrow.
      const recorded = await coordinator.request('PUT', `/api/shifts/${shift}/insurance`, {
        ...policy,
        coversFrom: onDay(-1),
        coversTo: onDay(1),
      });
      expect(recorded.status).toBe(200);
      expect(recorded.body).toMatchObject({ required: true, listSentAt: null, notCovered: 0 });

      const sent = await bytes('POST', `/api/shifts/${shift}/insurance/insured-list`);
      expect(sent.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(sent.body as never);
      const sheet = workbook.getWorksheet('被保险人清单')!;
      expect(sheet.getRow(2).getCell(2).value).toBe('投保甲');
      expect(sheet.getRow(2).getCell(10).value).toBe('PA-2026-0001');

      const late = await member(team, '投保乙', shift);
      const view = await coordinator.get<{
        listSentAt: string;
        notCovered: number;
        people: { volunteerId: string; onSentList: boolean; notCovered: boolean }[];
      }>(`/api/shifts/${shift}/insurance`);
      expect(view.body.listSentAt).not.toBeNull();
      expect(view.body.notCovered).toBe(1);
      expect(view.body.people).toEqual([
        expect.objectContaining({ volunteerId: first, onSentList: true, notCovered: false }),
        expect.objectContaining({ volunteerId: late, onSentList: false, notCovered: true }),
      ]);
      expect(await auditActions(shift)).toEqual(
        expect.arrayContaining(['insurance.recorded', 'insurance.list_sent']),
      );
    });

    it('is the coordinators’: a leader cannot see or change it', async () => {
      const { leader, shift } = await teamShift();
      expect((await leader.get(`/api/shifts/${shift}/insurance`)).status).toBe(403);
      const missing = await coordinator.get(`/api/shifts/${await fx.volunteer()}/insurance`);
      expect(missing.status).toBe(404);
    });
  });
});
