import { loadConfig, ServiceConfig } from '@linkage/config';
import { EventSubject } from '@linkage/contracts';
import { mysqlServerOptions, newId } from '@linkage/database';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { screeningService } from '../src/screening.service-definition';

const HOUR = 3_600_000;
const CONSENTS = [
  { kind: 'screening', granted: true, textVersion: 'screening-consent-2026.1' },
  { kind: 'data_processing', granted: true, textVersion: 'data-consent-2026.1' },
];
// Three changes: positive.
const AD8_OF_3 = {
  judgment: 'yes',
  interest: 'no',
  repeats: 'yes',
  learning_tools: 'no',
  month_year: 'yes',
  finances: 'no',
  appointments: 'unknown',
  daily_thinking: 'no',
};
const ROLES = [
  { key: 'screener', name: '认知筛查员', count: 3, requiredCertifications: ['认知筛查'] },
  { key: 'registrar', name: '登记引导', count: 1 },
];

const hoursFromNow = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

/** Polls until `check` answers something truthy, or fails after `withinMs`. */
async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  withinMs = 5000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('screening sessions: scheduled, changed and cancelled through the outbox; staffing and screeners back', () => {
  let screening: TestService;
  let coordinator: HttpClient;
  let admin: HttpClient;
  let db: Connection;
  let nats: NatsConnection;
  let js: JetStreamClient;
  let campaignId: string;
  let campaignName: string;

  const schedule = (body: Record<string, unknown> = {}, campaign = campaignId) =>
    coordinator.post(`/api/campaigns/${campaign}/sessions`, {
      community: '滨海路社区',
      venue: { name: '滨海路社区党群服务中心', address: '烟台市莱山区滨海路 88 号', latitude: 37.4512 },
      startsAt: hoursFromNow(48),
      endsAt: hoursFromNow(51),
      roles: ROLES,
      ...body,
    });

  /** The events of a session in the outbox, oldest first: subject and payload. */
  const outboxOf = async (sessionId: string) => {
    const [rows] = await db.query<RowDataPacket[]>(
      `SELECT subject, envelope FROM outbox WHERE JSON_VALUE(envelope, '$.payload.sessionId') = ? ORDER BY seq`,
      [sessionId],
    );
    return rows.map((r) => ({
      subject: r.subject as string,
      payload: JSON.parse(r.envelope as string).payload,
    }));
  };

  /** Publishes a volunteers event into JetStream as volunteers' relay would. */
  async function publish(subject: EventSubject, payload: object): Promise<void> {
    const id = newId();
    const envelope = {
      id,
      subject,
      occurredAt: new Date().toISOString(),
      producer: 'volunteers',
      correlationId: `test-${id}`,
      causationId: null,
      payload,
    };
    await js.publish(`${process.env.NATS_SUBJECT_PREFIX!}${subject}`, JSON.stringify(envelope), {
      msgID: id,
    });
  }

  const confirm = (sessionId: string, volunteerId: string, shiftId = newId(), confirmedAt = new Date()) =>
    publish(EventSubject.volunteersAssignmentConfirmed, {
      signupId: newId(),
      shiftId,
      volunteerId,
      source: `screening_session:${sessionId}`,
      how: 'signup',
      confirmedAt: confirmedAt.toISOString(),
    });

  const asVolunteer = async (volunteerId: string) =>
    screening.http.withToken(await tokenFor(principal('volunteer', { volunteerId })));

  const register = (
    client: HttpClient,
    sessionId: string | undefined,
    name: string,
    birthDate = '1950-05-05',
  ) =>
    client.post('/api/residents', {
      campaignId,
      ...(sessionId ? { sessionId } : {}),
      name,
      sex: 'female',
      birthDate,
      community: '滨海路社区',
      consents: CONSENTS,
    });

  beforeAll(async () => {
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    js = jetstream(nats);
    screening = await startTestService(screeningService);
    coordinator = screening.http.withToken(await tokenFor(principal('coordinator')));
    admin = screening.http.withToken(await tokenFor(principal('admin')));
    const config = loadConfig(ServiceConfig, screening.env);
    db = await createConnection({ ...mysqlServerOptions(config), database: config.MYSQL_DATABASE });
    campaignName = '“记忆礼包”社区认知障碍筛查（2026 秋季）';
    const campaign = await coordinator.post('/api/campaigns', {
      name: campaignName,
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      partnerOrganisationIds: [],
      targets: [
        { community: '滨海路社区', target: 120 },
        { community: '黄海路社区', target: 100 },
      ],
    });
    expect(campaign.status).toBe(201);
    campaignId = campaign.body.id;
  });
  afterAll(async () => {
    await nats?.close();
    await db?.end();
    await screening?.close();
  });

  it('scheduling stores the session and writes screening.session.scheduled.v1 (its whole state, version 1) to the outbox', async () => {
    const scheduled = await schedule();
    expect(scheduled.status).toBe(201);
    expect(scheduled.body).toMatchObject({
      campaignId,
      community: '滨海路社区',
      venue: {
        name: '滨海路社区党群服务中心',
        address: '烟台市莱山区滨海路 88 号',
        latitude: 37.4512,
        longitude: null,
      },
      status: 'scheduled',
      version: 1,
      roles: [
        {
          key: 'screener',
          name: '认知筛查员',
          count: 3,
          requiredCertifications: ['认知筛查'],
          requiredSkills: [],
        },
        { key: 'registrar', name: '登记引导', count: 1, requiredCertifications: [], requiredSkills: [] },
      ],
      staffing: { needed: 4, confirmed: 0, waitlisted: 0, pending: 0, shifts: [] },
    });
    const events = await outboxOf(scheduled.body.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subject: 'screening.session.scheduled.v1',
      payload: {
        sessionId: scheduled.body.id,
        campaignId,
        campaignName,
        community: '滨海路社区',
        venue: { name: '滨海路社区党群服务中心', address: '烟台市莱山区滨海路 88 号', latitude: 37.4512 },
        startsAt: scheduled.body.startsAt,
        endsAt: scheduled.body.endsAt,
        roles: scheduled.body.roles,
        version: 1,
      },
    });
    const listed = await coordinator.get(`/api/campaigns/${campaignId}/sessions`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toContain(scheduled.body.id);
  });

  it('refuses a community outside the campaign, impossible times, a role key twice; only staff schedule', async () => {
    const elsewhere = await schedule({ community: '金山社区' });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body).toMatchObject({
      code: 'SESSION_COMMUNITY_NOT_IN_CAMPAIGN',
      details: { communities: ['滨海路社区', '黄海路社区'] },
    });
    const backwards = await schedule({ startsAt: hoursFromNow(5), endsAt: hoursFromNow(4) });
    expect(backwards.status).toBe(400);
    const long = await schedule({ startsAt: hoursFromNow(5), endsAt: hoursFromNow(18) });
    expect(long.status).toBe(422);
    expect(long.body.code).toBe('SESSION_TIMES_INVALID');
    const twice = await schedule({ roles: [ROLES[0], { ...ROLES[1], key: 'screener' }] });
    expect(twice.status).toBe(400);
    expect(twice.body.code).toBe('SESSION_ROLES_INVALID');
    const unknown = await schedule({}, newId());
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CAMPAIGN_NOT_FOUND');
    const volunteer = await asVolunteer(newId());
    expect((await volunteer.post(`/api/campaigns/${campaignId}/sessions`, {})).status).toBe(403);
  });

  it('a campaign is started, then closed, and a closed campaign takes no sessions; a move its status forbids is a 409', async () => {
    const plan = await coordinator.post('/api/campaigns', {
      name: '“记忆礼包”高新区补充筛查',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      partnerOrganisationIds: [],
      targets: [{ community: '滨海路社区', target: 40 }],
    });
    const id = plan.body.id as string;
    const move = (status: string, client = coordinator) =>
      client.post(`/api/campaigns/${id}/status`, { status });
    const early = await move('completed');
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      code: 'CAMPAIGN_STATUS_CHANGE_INVALID',
      details: { status: 'draft' },
    });
    const started = await move('active');
    expect({ status: started.status, campaign: started.body.status }).toEqual({
      status: 200,
      campaign: 'active',
    });
    expect((await schedule({}, id)).status).toBe(201);
    const closed = await move('completed', admin);
    expect({ status: closed.status, campaign: closed.body.status }).toEqual({
      status: 200,
      campaign: 'completed',
    });
    expect((await coordinator.get(`/api/campaigns/${id}`)).body.status).toBe('completed');
    const late = await schedule({}, id);
    expect({ status: late.status, code: late.body.code }).toEqual({
      status: 409,
      code: 'SESSION_CAMPAIGN_CLOSED',
    });
    expect((await move('active')).body).toMatchObject({
      code: 'CAMPAIGN_STATUS_CHANGE_INVALID',
      details: { status: 'completed' },
    });
    expect((await move('draft')).status).toBe(400);
    expect((await move('active', await asVolunteer(newId()))).status).toBe(403);
    expect((await coordinator.post(`/api/campaigns/${newId()}/status`, { status: 'active' })).status).toBe(
      404,
    );
  });

  it('a campaign’s plan is changed while it runs; its instruments only while a draft; nothing once it is closed', async () => {
    const plan = await coordinator.post('/api/campaigns', {
      name: '“记忆礼包”初家社区筛查',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      partnerOrganisationIds: [],
      targets: [{ community: '初家社区', target: 40 }],
    });
    const id = plan.body.id as string;
    const change = (body: object, client = coordinator) => client.patch(`/api/campaigns/${id}`, body);
    const draft = await change({
      name: '“记忆礼包”初家与院格庄社区筛查',
      endsOn: '2027-01-15',
      instruments: { stage1: ['AD8@1'], stage2: ['MOCA@1'] },
      targets: [
        { community: '初家社区', target: 60 },
        { community: '院格庄社区', target: 50 },
      ],
    });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({
      name: '“记忆礼包”初家与院格庄社区筛查',
      startsOn: '2026-09-01',
      endsOn: '2027-01-15',
      status: 'draft',
      instruments: { stage1: ['AD8@1'], stage2: ['MOCA@1'] },
      targets: [
        { community: '初家社区', target: 60 },
        { community: '院格庄社区', target: 50 },
      ],
    });
    expect((await coordinator.get(`/api/campaigns/${id}`)).body.targets).toHaveLength(2);

    await coordinator.post(`/api/campaigns/${id}/status`, { status: 'active' });
    const pinned = await change({ instruments: { stage1: ['AD8@1', 'MINI_COG@1'], stage2: ['MOCA@1'] } });
    expect(pinned.status).toBe(409);
    expect(pinned.body).toMatchObject({
      code: 'CAMPAIGN_NOT_EDITABLE',
      details: { status: 'active', field: 'instruments' },
    });
    const backwards = await change({ startsOn: '2027-02-01' });
    expect({ status: backwards.status, code: backwards.body.code }).toEqual({
      status: 422,
      code: 'CAMPAIGN_DATES_INVALID',
    });
    const active = await change({
      targets: [{ community: '初家社区', target: 80 }],
      description: '加测一次',
    });
    expect(active.status).toBe(200);
    expect(active.body).toMatchObject({
      description: '加测一次',
      instruments: { stage1: ['AD8@1'], stage2: ['MOCA@1'] },
      targets: [{ community: '初家社区', target: 80 }],
    });
    expect((await change({ name: '' })).status).toBe(400);
    expect((await change({ name: 'x' }, await asVolunteer(newId()))).status).toBe(403);
    expect((await coordinator.patch(`/api/campaigns/${newId()}`, { name: 'x' })).status).toBe(404);

    await coordinator.post(`/api/campaigns/${id}/status`, { status: 'completed' });
    const closed = await change({ description: '补充说明' });
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({ code: 'CAMPAIGN_NOT_EDITABLE', details: { status: 'completed' } });
    expect((await coordinator.get(`/api/campaigns/${id}`)).body.description).toBe('加测一次');
  });

  it('a change publishes changed.v1 with the next version; cancelling publishes cancelled.v1; then it changes no more', async () => {
    const sessionId = (await schedule()).body.id;
    const changed = await coordinator.patch(`/api/sessions/${sessionId}`, {
      startsAt: hoursFromNow(49),
      endsAt: hoursFromNow(52),
      roles: [{ ...ROLES[0], count: 4 }],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, staffing: { needed: 4 } });
    const cancelled = await coordinator.post(`/api/sessions/${sessionId}/cancel`, {
      reason: '社区活动室临时停电',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancelReason: '社区活动室临时停电',
      version: 3,
      staffing: { needed: 0 },
    });
    const events = await outboxOf(sessionId);
    expect(events.map((e) => [e.subject, e.payload.version])).toEqual([
      ['screening.session.scheduled.v1', 1],
      ['screening.session.changed.v1', 2],
      ['screening.session.cancelled.v1', 3],
    ]);
    expect(events[1].payload).toMatchObject({ startsAt: changed.body.startsAt, roles: changed.body.roles });
    expect(events[2].payload).toMatchObject({ reason: '社区活动室临时停电' });

    const again = await coordinator.patch(`/api/sessions/${sessionId}`, { community: '黄海路社区' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'SESSION_NOT_SCHEDULED', details: { status: 'cancelled' } });
    expect((await coordinator.post(`/api/sessions/${sessionId}/complete`)).status).toBe(409);
    expect(await outboxOf(sessionId)).toHaveLength(3);
    expect((await coordinator.patch(`/api/sessions/${newId()}`, { community: '黄海路社区' })).status).toBe(
      404,
    );
  });

  it('completes a session that has started, not one still ahead', async () => {
    const ahead = (await schedule()).body.id;
    expect((await coordinator.post(`/api/sessions/${ahead}/complete`)).body.code).toBe('SESSION_NOT_STARTED');
    const started = (await schedule({ startsAt: hoursFromNow(-1), endsAt: hoursFromNow(1) })).body.id;
    const completed = await coordinator.post(`/api/sessions/${started}/complete`);
    expect(completed.status).toBe(200);
    expect(completed.body.status).toBe('completed');
  });

  it('shows the staffing volunteers publishes for the session’s shifts, the newest count kept', async () => {
    const sessionId = (await schedule()).body.id;
    const [screenerShift, registrarShift] = [newId(), newId()];
    const count = (shiftId: string, capacity: number, confirmed: number, waitlisted: number, at: Date) =>
      publish(EventSubject.volunteersShiftStaffingChanged, {
        shiftId,
        source: `screening_session:${sessionId}`,
        capacity,
        confirmed,
        waitlisted,
        pending: 0,
        startsAt: hoursFromNow(48),
        countedAt: at.toISOString(),
      });
    const now = Date.now();
    await count(screenerShift, 3, 3, 2, new Date(now));
    await count(registrarShift, 1, 1, 0, new Date(now));
    await count(screenerShift, 3, 1, 0, new Date(now - 60_000)); // an older count, late
    await publish(EventSubject.volunteersShiftStaffingChanged, {
      shiftId: newId(),
      source: `partner_event:${newId()}`,
      capacity: 9,
      confirmed: 9,
      waitlisted: 0,
      pending: 0,
      startsAt: hoursFromNow(48),
      countedAt: new Date().toISOString(),
    });
    const staffed = await eventually(async () => {
      const view = (await coordinator.get(`/api/sessions/${sessionId}`)).body;
      return view.staffing.confirmed === 4 ? view : null;
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the late count has had its chance
    const view = (await coordinator.get(`/api/sessions/${sessionId}`)).body;
    expect(view.staffing).toMatchObject({ needed: 4, confirmed: 4, waitlisted: 2, pending: 0 });
    expect(view.staffing.shifts).toHaveLength(2);
    expect(staffed.staffing.shifts.map((s: { shiftId: string }) => s.shiftId).sort()).toEqual(
      [screenerShift, registrarShift].sort(),
    );
    const listed = (await coordinator.get(`/api/campaigns/${campaignId}/sessions?limit=100`)).body.items;
    expect(listed.find((s: { id: string }) => s.id === sessionId).staffing).toMatchObject({
      needed: 4,
      confirmed: 4,
    });
  });

  describe('screeners reach the residents of the session they are confirmed on, while it runs', () => {
    let running: string;
    let later: string;
    let over: string;
    const screener = newId();

    beforeAll(async () => {
      // Starts in half an hour: within the hour before, so it runs for access.
      running = (await schedule({ startsAt: hoursFromNow(0.5), endsAt: hoursFromNow(3.5) })).body.id;
      // Starts in three hours: not yet.
      later = (await schedule({ startsAt: hoursFromNow(3), endsAt: hoursFromNow(6) })).body.id;
      // Ended three hours ago: more than two hours past.
      over = (await schedule({ startsAt: hoursFromNow(-6), endsAt: hoursFromNow(-3) })).body.id;
      for (const session of [running, later, over]) await confirm(session, screener);
      const client = await asVolunteer(screener);
      await eventually(async () => (await client.get(`/api/sessions/${running}`)).status === 200);
    });

    it('a confirmed screener registers a resident at the session, enters an AD8 and reads both; the records carry the session', async () => {
      const client = await asVolunteer(screener);
      const registered = await register(client, running, '赵秀英');
      expect(registered.status).toBe(201);
      expect(registered.body).toMatchObject({ sessionId: running, community: '滨海路社区' });
      const residentId = registered.body.id;
      const entered = await client.post(`/api/residents/${residentId}/results`, {
        clientId: randomUUID(),
        version: 'AD8@1',
        answers: AD8_OF_3,
      });
      expect(entered.status).toBe(201);
      expect(entered.body).toMatchObject({ sessionId: running, total: 3, classification: 'positive' });
      expect((await client.get(`/api/residents/${residentId}`)).status).toBe(200);
      expect((await client.get(`/api/residents/${residentId}/results`)).body.items).toHaveLength(1);
      const listed = await client.get(`/api/residents?campaignId=${campaignId}`);
      expect(listed.body.items.map((r: { id: string }) => r.id)).toEqual([residentId]);

      const [row] = (
        await db.query<RowDataPacket[]>('SELECT session_id FROM residents WHERE id = ?', [residentId])
      )[0];
      expect(row.session_id).toBe(running);
      // Naming another session for the result is refused.
      const other = await client.post(`/api/residents/${residentId}/results`, {
        clientId: randomUUID(),
        version: 'MINI_COG@1',
        answers: { word_recall: 2, clock: 2 },
        sessionId: later,
      });
      expect(other.status).toBe(400);
    });

    it('without a session, or at a session not yet running or over, a screener registers no one (422)', async () => {
      const client = await asVolunteer(screener);
      const without = await register(client, undefined, '钱桂珍', '1951-01-01');
      expect(without.status).toBe(422);
      expect(without.body.code).toBe('RESIDENT_CAMPAIGN_UNKNOWN');
      for (const session of [later, over, newId()]) {
        const refused = await register(client, session, '孙玉兰', '1952-02-02');
        expect(refused.status).toBe(422);
        expect(refused.body.code).toBe('RESIDENT_SESSION_UNKNOWN');
      }
      const mismatch = await coordinator.post('/api/residents', {
        campaignId,
        sessionId: running,
        name: '周凤英',
        sex: 'female',
        birthDate: '1953-03-03',
        community: '黄海路社区',
      });
      expect(mismatch.status).toBe(422);
      expect(mismatch.body).toMatchObject({
        code: 'RESIDENT_SESSION_MISMATCH',
        details: { campaignId, community: '滨海路社区' },
      });
    });

    it('residents of another session, or of one that is over, are a 404 to the screener (audited); an unconfirmed volunteer reaches none', async () => {
      const atOver = await register(coordinator, over, '吴秀兰', '1948-08-08');
      expect(atOver.status).toBe(201);
      const elsewhere = await register(coordinator, undefined, '郑桂芝', '1947-07-07');
      expect(elsewhere.status).toBe(201);
      const atRunning = await register(coordinator, running, '冯玉珍', '1946-06-06');
      expect(atRunning.status).toBe(201);
      const client = await asVolunteer(screener);
      for (const residentId of [atOver.body.id, elsewhere.body.id]) {
        const read = await client.get(`/api/residents/${residentId}`);
        expect(read.status).toBe(404);
        expect(read.body.code).toBe('RESIDENT_NOT_FOUND');
        const entered = await client.post(`/api/residents/${residentId}/results`, {
          clientId: randomUUID(),
          version: 'AD8@1',
          answers: AD8_OF_3,
        });
        expect(entered.status).toBe(404);
      }
      const denied = await admin.get(`/api/audit?recordId=${atOver.body.id}&outcome=denied`);
      expect(denied.body.items.map((e: { action: string }) => e.action).sort()).toEqual([
        'resident.read',
        'result.create',
      ]);

      const stranger = await asVolunteer(newId());
      expect((await stranger.get(`/api/residents/${atRunning.body.id}`)).status).toBe(404);
      expect((await register(stranger, running, '陈桂英', '1945-05-05')).body.code).toBe(
        'RESIDENT_SESSION_UNKNOWN',
      );
      expect((await stranger.get(`/api/sessions/${running}`)).status).toBe(404);
    });

    it('a place given up (assignment cancelled) ends the access', async () => {
      const volunteerId = newId();
      const shiftId = newId();
      const confirmedAt = new Date(Date.now() - 60_000);
      await confirm(running, volunteerId, shiftId, confirmedAt);
      const client = await asVolunteer(volunteerId);
      await eventually(async () => (await client.get(`/api/sessions/${running}`)).status === 200);
      await publish(EventSubject.volunteersAssignmentCancelled, {
        signupId: newId(),
        shiftId,
        volunteerId,
        source: `screening_session:${running}`,
        cancelledBy: volunteerId,
        cancelledAt: new Date().toISOString(),
      });
      await eventually(async () => (await client.get(`/api/sessions/${running}`)).status === 404);
      expect((await register(client, running, '褚秀珍', '1944-04-04')).body.code).toBe(
        'RESIDENT_SESSION_UNKNOWN',
      );
    });
  });
});
