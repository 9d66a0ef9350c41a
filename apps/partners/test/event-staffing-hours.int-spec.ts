import { EventSubject, PartnerHoursCertifiedV1 } from '@linkage/contracts';
import { startTestService, type TestService } from '@linkage/testing';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { partnersService } from '../src/partners.service-definition';
import { eventBody, eventually, outboxPayloads, partnerWorld, type PartnerWorld } from './event-fixtures';

/**
 * What partners keeps of volunteers' events about its events' shifts (staffing, hours), fed through
 * JetStream exactly as volunteers publishes them, and the organisation's certification of the hours.
 */
describe('partners: staffing and hours of approved events', () => {
  let partners: TestService;
  let w: PartnerWorld;
  let nats: NatsConnection;
  let js: JetStreamClient;

  beforeAll(async () => {
    partners = await startTestService(partnersService);
    w = await partnerWorld(partners);
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    js = jetstream(nats);
  });
  afterAll(async () => {
    await nats?.close();
    await partners?.close();
  });

  /** Publishes as volunteers' relay does; `msgID` other than the event id gets past JetStream's de-duplication. */
  async function publish(
    subject: string,
    payload: object,
    id: string = randomUUID(),
    msgID = id,
  ): Promise<string> {
    const envelope = {
      id,
      subject,
      occurredAt: new Date().toISOString(),
      producer: 'volunteers',
      correlationId: randomUUID(),
      causationId: null,
      payload,
    };
    await js.publish(`${process.env.NATS_SUBJECT_PREFIX}${subject}`, JSON.stringify(envelope), { msgID });
    return id;
  }

  async function approvedEvent(startsInHours: number): Promise<string> {
    const startsAt = new Date(Date.now() + startsInHours * 3_600_000);
    const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
    const created = await w.member.post(
      '/api/events',
      eventBody({ schedule: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() } }),
    );
    expect(created.status).toBe(201);
    await w.member.post(`/api/events/${created.body.id}/submit`, {});
    expect((await w.coordinator.post(`/api/events/${created.body.id}/approve`, {})).status).toBe(200);
    return created.body.id as string;
  }

  const staffing = (eventId: string, count: Record<string, unknown>) => ({
    shiftId: randomUUID(),
    source: `partner_event:${eventId}`,
    capacity: 2,
    confirmed: 0,
    waitlisted: 0,
    pending: 0,
    startsAt: new Date(Date.now() + 24 * 3_600_000).toISOString(),
    countedAt: new Date().toISOString(),
    ...count,
  });

  const inboxRows = async (eventId: string): Promise<number> => {
    const rows: { n: string }[] = await partners.app
      .get(DataSource)
      .query('SELECT COUNT(*) AS n FROM inbox WHERE event_id = ?', [eventId]);
    return Number(rows[0].n);
  };

  it('keeps the newest staffing of each shift, flags what is at risk, and a redelivery changes nothing', async () => {
    const eventId = await approvedEvent(24);
    const guide = staffing(eventId, { capacity: 2, confirmed: 1, countedAt: '2026-11-28T01:00:00.000Z' });
    const visit = staffing(eventId, {
      sourceRef: 'visit@2026-12-05',
      capacity: 4,
      confirmed: 4,
      waitlisted: 2,
      countedAt: '2026-11-28T01:00:00.000Z',
    });
    const first = await publish(EventSubject.volunteersShiftStaffingChanged, guide);
    await publish(EventSubject.volunteersShiftStaffingChanged, visit);
    const get = () => w.member.get(`/api/events/${eventId}/staffing`);
    await eventually(async () => (await get()).body.shifts?.length === 2);
    let view = (await get()).body;
    expect(view).toMatchObject({
      eventId,
      needed: 6,
      confirmed: 5,
      waitlisted: 2,
      fullyStaffed: false,
      atRisk: true,
    });
    expect(view.shifts.find((s: any) => s.shiftId === guide.shiftId)).toMatchObject({
      capacity: 2,
      confirmed: 1,
      atRisk: true,
      roleKey: null,
    });
    // A shift whose ref names its role and date (`<role>@<occurrence>`) shows them; one without shows none.
    expect(view.shifts.find((s: any) => s.shiftId === visit.shiftId)).toMatchObject({
      atRisk: false,
      roleKey: 'visit',
      occurrenceKey: '2026-12-05',
    });

    // The guide's second place is taken; then the first count arrives again (a relay's retry past the
    // de-duplication window) and an older count arrives late: neither brings the old numbers back.
    await publish(EventSubject.volunteersShiftStaffingChanged, {
      ...guide,
      confirmed: 2,
      countedAt: '2026-11-28T02:00:00.000Z',
    });
    await eventually(async () => (await get()).body.confirmed === 6);
    await publish(EventSubject.volunteersShiftStaffingChanged, guide, first, randomUUID());
    const late = await publish(EventSubject.volunteersShiftStaffingChanged, {
      ...guide,
      confirmed: 0,
      countedAt: '2026-11-28T01:30:00.000Z',
    });
    await eventually(async () => (await inboxRows(late)) === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await inboxRows(first)).toBe(1);
    view = (await get()).body;
    expect(view).toMatchObject({ needed: 6, confirmed: 6, fullyStaffed: true, atRisk: false });

    // Coordinators see the same; others' events and other sources are not kept.
    expect((await w.coordinator.get(`/api/events/${eventId}/staffing`)).body.confirmed).toBe(6);
    expect((await w.outsider.get(`/api/events/${eventId}/staffing`)).status).toBe(404);
  });

  it('shows who is coming per shift: first names to the partner, full names and ids to coordinators', async () => {
    const eventId = await approvedEvent(72);
    const shift = staffing(eventId, { capacity: 4, confirmed: 3 });
    await publish(EventSubject.volunteersShiftStaffingChanged, shift);
    const assignment = (volunteerName: string | undefined, at: string) => ({
      signupId: randomUUID(),
      shiftId: shift.shiftId,
      volunteerId: randomUUID(),
      ...(volunteerName === undefined ? {} : { volunteerName }),
      source: `partner_event:${eventId}`,
      how: 'signup',
      confirmedAt: at,
    });
    const li = assignment('李晓雯', '2026-11-28T01:00:00.000Z');
    const emily = assignment('Emily Chen', '2026-11-28T01:01:00.000Z');
    const zhao = assignment('赵子龙', '2026-11-28T01:02:00.000Z');
    const unnamed = assignment(undefined, '2026-11-28T01:03:00.000Z');
    const firstLi = await publish(EventSubject.volunteersAssignmentConfirmed, li);
    for (const a of [emily, zhao, unnamed]) await publish(EventSubject.volunteersAssignmentConfirmed, a);
    // 赵 gives the place up; then his confirmation arrives again (a retry past the de-duplication window),
    // and 李's too: neither brings back what has changed since.
    const cancelled = (a: typeof zhao, at: string) => ({
      signupId: a.signupId,
      shiftId: a.shiftId,
      volunteerId: a.volunteerId,
      volunteerName: a.volunteerName,
      source: a.source,
      cancelledBy: a.volunteerId,
      cancelledAt: at,
    });
    await publish(EventSubject.volunteersAssignmentCancelled, cancelled(zhao, '2026-11-28T02:00:00.000Z'));
    const comingTo = async (client = w.member) =>
      ((await client.get(`/api/events/${eventId}/staffing`)).body.shifts ?? []).find(
        (s: any) => s.shiftId === shift.shiftId,
      )?.volunteers as { volunteerId: string | null; name: string | null }[] | undefined;
    await eventually(async () => (await comingTo())?.length === 3);
    const redelivered = await publish(EventSubject.volunteersAssignmentConfirmed, zhao, randomUUID());
    await publish(EventSubject.volunteersAssignmentConfirmed, li, firstLi, randomUUID());
    await eventually(async () => (await inboxRows(redelivered)) === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await inboxRows(firstLi)).toBe(1);

    expect(await comingTo()).toEqual([
      { volunteerId: null, name: '晓雯' },
      { volunteerId: null, name: 'Emily' },
      { volunteerId: null, name: null },
    ]);
    expect(await comingTo(w.coordinator)).toEqual([
      { volunteerId: li.volunteerId, name: '李晓雯' },
      { volunteerId: emily.volunteerId, name: 'Emily Chen' },
      { volunteerId: unnamed.volunteerId, name: null },
    ]);
    const raw = JSON.stringify((await w.member.get(`/api/events/${eventId}/staffing`)).body);
    for (const hidden of ['李晓雯', 'Emily Chen', li.volunteerId, emily.volunteerId])
      expect(raw).not.toContain(hidden);

    // 赵 signs up again later: he is coming after all. Another organisation still sees nothing.
    await publish(EventSubject.volunteersAssignmentConfirmed, {
      ...zhao,
      signupId: randomUUID(),
      confirmedAt: '2026-11-28T03:00:00.000Z',
    });
    await eventually(async () => (await comingTo())?.length === 4);
    expect((await comingTo())?.at(-1)).toEqual({ volunteerId: null, name: '子龙' });
    expect((await w.outsider.get(`/api/events/${eventId}/staffing`)).status).toBe(404);
  });

  it('ignores shifts that are not from a known partner event', async () => {
    const eventId = await approvedEvent(100);
    const unknown = await publish(
      EventSubject.volunteersShiftStaffingChanged,
      staffing('01900000-0000-7000-8000-0000000000ff', { confirmed: 1 }),
    );
    const screening = await publish(EventSubject.volunteersShiftStaffingChanged, {
      ...staffing(eventId, { confirmed: 1 }),
      source: `screening_session:${eventId}`,
    });
    await eventually(async () => (await inboxRows(unknown)) === 1 && (await inboxRows(screening)) === 1);
    const view = (await w.member.get(`/api/events/${eventId}/staffing`)).body;
    expect(view).toMatchObject({ needed: 6, confirmed: 0, shifts: [], atRisk: false });
  });

  it('lets the organisation confirm and dispute hours at its event, once each, publishing each decision', async () => {
    const eventId = await approvedEvent(-5);
    const shiftId = randomUUID();
    const record = (name: string, hours: number, version = 1) => ({
      hoursRecordId: randomUUID(),
      volunteerId: randomUUID(),
      volunteerName: name,
      shiftId,
      source: `partner_event:${eventId}`,
      hours,
      status: 'recorded',
      checkedInAt: new Date(Date.now() - 5 * 3_600_000).toISOString(),
      checkedOutAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      version,
      recordedAt: new Date().toISOString(),
    });
    const [zhang, li, zhao] = [record('张同学', 2), record('李同学', 2.5), record('赵同学', 2)];
    for (const r of [zhang, li, zhao]) await publish(EventSubject.volunteersHoursRecorded, r);
    // A later version of 赵's record adjusts the hours; a stale copy of version 1 arrives after it.
    await publish(EventSubject.volunteersHoursRecorded, { ...zhao, hours: 1.5, version: 2 });
    await publish(EventSubject.volunteersHoursRecorded, { ...zhao, hours: 9, version: 1 }, randomUUID());
    const list = () => w.member.get(`/api/events/${eventId}/hours`);
    await eventually(async () => (await list()).body.items?.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const items = (await list()).body.items;
    expect(items.find((i: any) => i.hoursRecordId === zhao.hoursRecordId)).toMatchObject({
      volunteerName: '赵同学',
      hours: 1.5,
      version: 2,
      decision: null,
    });

    const base = `/api/events/${eventId}/hours`;
    const confirmed = await w.member.post(`${base}/${zhang.hoursRecordId}/confirm`, {});
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ decision: 'confirmed', hours: 2, reason: null });
    const again = await w.member.post(`${base}/${zhang.hoursRecordId}/confirm`, {});
    expect(again.status).toBe(200);
    expect(again.body).toEqual(confirmed.body);
    expect((await w.coordinator.post(`${base}/${zhao.hoursRecordId}/confirm`, {})).status).toBe(200);

    expect((await w.member.post(`${base}/${li.hoursRecordId}/dispute`, {})).status).toBe(400);
    const disputed = await w.member.post(`${base}/${li.hoursRecordId}/dispute`, {
      reason: '该志愿者 10 点才到场',
    });
    expect(disputed.body).toMatchObject({ decision: 'disputed', reason: '该志愿者 10 点才到场' });
    const retract = await w.member.post(`${base}/${zhang.hoursRecordId}/dispute`, { reason: '改主意了' });
    expect(retract.status).toBe(409);
    expect(retract.body.code).toBe('EVENT_HOURS_ALREADY_CONFIRMED');
    expect((await w.member.post(`${base}/${randomUUID()}/confirm`, {})).body.code).toBe(
      'EVENT_HOURS_NOT_FOUND',
    );
    expect((await w.outsider.get(base)).status).toBe(404);
    expect((await w.outsider.post(`${base}/${li.hoursRecordId}/confirm`, {})).status).toBe(404);

    const certified = (await outboxPayloads(partners, EventSubject.partnersHoursCertified)).filter(
      (p) => p.eventId === eventId,
    );
    expect(certified.map((p) => [p.hoursRecordId, p.decision])).toEqual([
      [zhang.hoursRecordId, 'confirmed'],
      [zhao.hoursRecordId, 'confirmed'],
      [li.hoursRecordId, 'disputed'],
    ]);
    for (const p of certified) expect(validateSync(plainToInstance(PartnerHoursCertifiedV1, p))).toEqual([]);
    expect(certified[0]).toMatchObject({
      shiftId,
      organisationId: w.ownOrg,
      organisationName: expect.stringContaining('滨海路社区居委会'),
      reason: null,
    });

    // The partner's export: its events with staffing and the hours it confirmed (2 + 1.5).
    const download = (query: string) =>
      fetch(`${partners.url}/api/events/export?${query}`, {
        headers: { authorization: `Bearer ${w.memberToken}` },
      });
    const csv = await download('format=csv&status=approved');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const line = text.split('\r\n').find((l) => l.endsWith(eventId))!;
    expect(line).toContain('重阳节敬老探访');
    expect(line.split(',').slice(9, 16)).toEqual(['6', '0', '0', '否', '3.5', '2', '1']);
    const other = await w.outsider.get('/api/events/export?format=csv');
    expect(other.body as string).not.toContain(eventId);

    const xlsx = await download('format=xlsx');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('合作活动')!;
    const ids: unknown[] = [];
    sheet.eachRow((row) => ids.push(row.getCell(17).value));
    expect(ids).toContain(eventId);
    expect((await w.member.get('/api/events/export?format=pdf')).status).toBe(400);
  });
});
