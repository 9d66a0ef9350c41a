import { loadConfig, ServiceConfig } from '@linkage/config';
import { mysqlServerOptions } from '@linkage/database';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { v7 as uuidv7 } from 'uuid';
import { PathwayClock } from '../src/pathway/pathway-clock';
import { screeningService } from '../src/screening.service-definition';
import { AD8_OF_3, eventually, MOCA_OF_22 } from './pathway-fixtures';

const OUTCOME = 'partners.inbox.outcome-recorded.v1';
const RECEIVED = 'screening.referral.created.v1';
// 莱山区 (370613), born 1956-03-12, a woman (sequence 002), check character X.
const WANG_ID = '37061319560312002X';
const WANG_PHONE = '13805351234';
const SCREENED_AT = '2026-10-09T01:40:00.000Z';
const RECHECKED_AT = '2026-10-22T02:00:00.000Z';
const CONSENTS = [
  { kind: 'screening', granted: true, textVersion: 'screening-consent-2026.1' },
  { kind: 'data_processing', granted: true, textVersion: 'data-consent-2026.1' },
];
const SHARING = { kind: 'hospital_sharing', granted: true, textVersion: 'hospital-consent-2026.1' };
const AD8_OF_0 = Object.fromEntries(Object.keys(AD8_OF_3).map((k) => [k, 'no']));
const MINI_COG_OF_4 = { word_recall: 2, clock: 2 };

/**
 * The Memory Package pathway through the screening service on the real MariaDB and NATS: stage 1 →
 * stage-2 task → stage 2 → referral in the outbox for the hospital's inbox → outcome back through
 * JetStream → follow-up; the dashboard; the overdue lists with the pathway's clock moved on.
 */
describe('screening: the pathway, referrals and the dashboard', () => {
  let screening: TestService;
  let coordinator: HttpClient;
  let hospital: HttpClient;
  let stranger: HttpClient;
  let db: Connection;
  let nats: NatsConnection;
  let js: JetStreamClient;
  let clock: PathwayClock;
  let campaignId: string;
  let hospitalId: string;
  let wangId: string;
  let referralId: string;

  const register = (body: Record<string, unknown>) =>
    coordinator.post('/api/residents', {
      campaignId,
      sex: 'female',
      community: '滨海路社区',
      education: { level: 'junior_secondary', years: 9 },
      consents: CONSENTS,
      ...body,
    });
  const enter = (residentId: string, version: string, answers: object, administeredAt = SCREENED_AT) =>
    coordinator.post(`/api/residents/${residentId}/results`, {
      clientId: randomUUID(),
      version,
      answers,
      administeredAt,
    });
  const tasks = async (query = '') =>
    (await coordinator.get(`/api/campaigns/${campaignId}/tasks${query}`)).body.items as any[];
  const pathwayOf = async (residentId: string) =>
    (await coordinator.get(`/api/residents/${residentId}/pathway?reason=${encodeURIComponent('随访')}`)).body;
  const organisation = (id: string, name: string, kind: string) =>
    db.query(
      `INSERT INTO organisation_names (id, name, kind, district, status, version, changed_at)
       VALUES (?, ?, ?, '莱山区', 'active', 1, NOW(3))`,
      [id, name, kind],
    );
  const outcomeEvent = (payload: Record<string, unknown>) => ({
    id: uuidv7(),
    subject: OUTCOME,
    occurredAt: new Date().toISOString(),
    producer: 'partners',
    correlationId: randomUUID(),
    causationId: null,
    payload: {
      itemId: referralId,
      organisationId: hospitalId,
      organisationName: '莱山区人民医院记忆门诊',
      origin: { service: 'screening', entityType: 'referral', entityId: referralId },
      recordedBy: { accountId: randomUUID(), displayName: '李秀英' },
      ...payload,
    },
  });
  const publish = (event: { id: string }, msgID = event.id) =>
    js.publish(`${process.env.NATS_SUBJECT_PREFIX}${OUTCOME}`, JSON.stringify(event), { msgID });

  beforeAll(async () => {
    screening = await startTestService(screeningService, { EVENTS_RETRY_BASE_MS: '20' });
    coordinator = screening.http.withToken(await tokenFor(principal('coordinator')));
    const config = loadConfig(ServiceConfig, screening.env);
    db = await createConnection({ ...mysqlServerOptions(config), database: config.MYSQL_DATABASE });
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    js = jetstream(nats);
    clock = screening.app.get(PathwayClock);
    // The partners directory as screening keeps it (fed by partners' events in production).
    hospitalId = randomUUID();
    const ngoId = randomUUID();
    await organisation(hospitalId, '莱山区人民医院记忆门诊', 'hospital');
    await organisation(ngoId, '颐康养老服务中心', 'ngo');
    hospital = screening.http.withToken(
      await tokenFor(principal('partner', { organisationId: hospitalId, displayName: '李秀英' })),
    );
    stranger = screening.http.withToken(
      await tokenFor(principal('partner', { organisationId: randomUUID() })),
    );
    const campaign = await coordinator.post('/api/campaigns', {
      name: '“记忆礼包”社区认知障碍筛查（2026 秋季）',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      partnerOrganisationIds: [hospitalId, ngoId],
      targets: [
        { community: '滨海路社区', target: 120 },
        { community: '黄海路社区', target: 100 },
      ],
    });
    expect(campaign.status).toBe(201);
    campaignId = campaign.body.id;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await nats?.close();
    await db?.end();
    await screening?.close();
  });

  it('a positive stage 1 (AD8 of 3, Mini-Cog of 4) makes one stage-2 task due 14 days later', async () => {
    const wang = await register({
      name: '王桂兰',
      birthDate: '1956-03-12',
      idNumber: WANG_ID,
      phone: WANG_PHONE,
      consents: [...CONSENTS, SHARING],
    });
    expect(wang.status).toBe(201);
    wangId = wang.body.id;
    expect((await enter(wangId, 'AD8@1', AD8_OF_3)).body).toMatchObject({
      total: 3,
      classification: 'positive',
    });
    expect((await enter(wangId, 'MINI_COG@1', MINI_COG_OF_4)).body).toMatchObject({
      total: 4,
      classification: 'negative',
    });
    const stage2 = (await tasks('?kind=stage2')).filter((t) => t.residentId === wangId);
    expect(stage2).toEqual([
      expect.objectContaining({
        kind: 'stage2',
        community: '滨海路社区',
        dueOn: '2026-10-23',
        status: 'open',
      }),
    ]);
    expect((await pathwayOf(wangId)).stages).toEqual({
      stage1Done: true,
      stage1Positive: true,
      stage2Done: false,
      stage2Positive: false,
    });
  });

  it('a MoCA of 22 with 9 years (23, positive) closes the task and refers to the hospital, de-identified, through the outbox', async () => {
    const moca = await enter(wangId, 'MOCA@1', MOCA_OF_22, RECHECKED_AT);
    expect(moca.status).toBe(201);
    expect(moca.body).toMatchObject({
      rawTotal: 22,
      total: 23,
      educationAdjusted: true,
      classification: 'positive',
    });
    const pathway = await pathwayOf(wangId);
    expect(pathway.stage2Tasks).toEqual([expect.objectContaining({ status: 'done', dueOn: '2026-10-23' })]);
    expect(pathway.referrals).toEqual([
      expect.objectContaining({
        status: 'sent',
        organisationId: hospitalId,
        version: 'MOCA@1',
        score: 23,
        outcome: null,
      }),
    ]);
    referralId = pathway.referrals[0].id;
    const [rows] = await db.query<RowDataPacket[]>('SELECT envelope FROM outbox WHERE subject = ?', [
      RECEIVED,
    ]);
    const sent = rows
      .map((r) => JSON.parse(r.envelope as string))
      .filter((e) => e.payload.itemId === referralId);
    expect(sent).toHaveLength(1);
    expect(sent[0].payload).toMatchObject({
      organisationId: hospitalId,
      kind: 'screening_referral',
      origin: { service: 'screening', entityType: 'referral', entityId: referralId },
      details: { age: 70, sex: '女', community: '滨海路社区', instrument: 'MOCA@1', score: 23 },
    });
    expect(sent[0].payload.details.pseudonym).toMatch(/^R-[0-9A-F]{10}$/);
    const text = JSON.stringify(sent[0]);
    for (const secret of ['王桂兰', WANG_ID, WANG_PHONE, '13805']) expect(text).not.toContain(secret);
  });

  it('takes the hospital’s outcome from JetStream once, however often it is delivered', async () => {
    const accepted = outcomeEvent({
      outcome: { status: 'accepted', category: null, notes: null },
      recordedAt: '2026-10-25T01:00:00.000Z',
    });
    const completed = outcomeEvent({
      outcome: { status: 'completed', category: 'diagnosed_mci', notes: '轻度认知障碍，建议三个月后复查。' },
      recordedAt: '2026-11-05T02:00:00.000Z',
    });
    await publish(accepted);
    await publish(completed);
    const done = await eventually(async () => {
      const r = (await pathwayOf(wangId)).referrals[0];
      return r.status === 'completed' ? r : undefined;
    });
    expect(done).toMatchObject({
      acceptedAt: '2026-10-25T01:00:00.000Z',
      outcome: {
        status: 'completed',
        diagnosisCategory: 'diagnosed_mci',
        advice: '轻度认知障碍，建议三个月后复查。',
        recordedAt: '2026-11-05T02:00:00.000Z',
        recordedBy: '李秀英',
      },
    });
    // Redelivered past JetStream's de-duplication (another message id), and the late "accepted" again.
    await publish(completed, randomUUID());
    await publish(accepted, randomUUID());
    await eventually(async () => {
      const [rows] = await db.query<RowDataPacket[]>(
        'SELECT COUNT(*) AS n FROM inbox WHERE event_id IN (?, ?)',
        [accepted.id, completed.id],
      );
      return Number(rows[0].n) === 2;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await pathwayOf(wangId)).referrals[0]).toMatchObject(done);
    // The advice is stored encrypted.
    const [raw] = await db.query<RowDataPacket[]>('SELECT advice_enc FROM referrals WHERE id = ?', [
      referralId,
    ]);
    expect(raw[0].advice_enc).toMatch(/^v1\./);
  });

  it('plans follow-ups, records a visit with who and when, and lists a missed one as overdue', async () => {
    expect(
      (
        await coordinator.post(`/api/residents/${wangId}/follow-up-plan`, {
          startsOn: '2026-11-05',
          visitIntervalsDays: [30, 90],
          interventions: [{ kind: 'carer_education', dueOn: '2026-11-20' }],
          referralId,
        })
      ).status,
    ).toBe(204);
    const planned = (await pathwayOf(wangId)).followUps;
    expect(planned.map((f: any) => [f.kind, f.dueOn, f.status])).toEqual([
      ['carer_education', '2026-11-20', 'planned'],
      ['visit', '2026-12-05', 'planned'],
      ['visit', '2027-02-03', 'planned'],
    ]);
    const recorded = await coordinator.post(`/api/residents/${wangId}/follow-ups`, {
      followUpId: planned[0].id,
      doneAt: '2026-11-20T02:00:00.000Z',
      note: '女儿参加了照护者培训。',
    });
    expect(recorded.status).toBe(204);
    const again = await coordinator.post(`/api/residents/${wangId}/follow-ups`, {
      followUpId: planned[0].id,
      doneAt: '2026-11-20T02:00:00.000Z',
    });
    expect(again.body.code).toBe('FOLLOW_UP_ALREADY_RECORDED');
    const done = (await pathwayOf(wangId)).followUps[0];
    expect(done).toMatchObject({
      status: 'done',
      doneAt: '2026-11-20T02:00:00.000Z',
      note: '女儿参加了照护者培训。',
    });
    expect(done.doneBy).toEqual(expect.any(String));

    jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-12-10T02:00:00.000Z'));
    const missed = (await tasks('?kind=follow_up&overdue=true')).filter((t) => t.residentId === wangId);
    expect(missed.map((t) => [t.detail, t.dueOn, t.overdue])).toEqual([['visit', '2026-12-05', true]]);
    jest.restoreAllMocks();
  });

  it('blocks a referral without consent to hospital sharing (422, listed as waiting) until the consent is recorded', async () => {
    const li = await register({ name: '李淑珍', birthDate: '1950-06-01' });
    await enter(li.body.id, 'AD8@1', AD8_OF_3);
    await enter(li.body.id, 'MOCA@1', MOCA_OF_22, RECHECKED_AT);
    const blocked = (await tasks('?kind=referral_blocked')).filter((t) => t.residentId === li.body.id);
    expect(blocked).toEqual([expect.objectContaining({ status: 'awaiting_consent' })]);
    const refused = await coordinator.post(`/api/referrals/${blocked[0].id}/send`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('REFERRAL_CONSENT_REQUIRED');
    const [none] = await db.query<RowDataPacket[]>(
      'SELECT id FROM outbox WHERE subject = ? AND envelope LIKE ?',
      [RECEIVED, `%${blocked[0].id}%`],
    );
    expect(none).toEqual([]);
    await coordinator.post(`/api/residents/${li.body.id}/consents`, SHARING);
    const sent = await coordinator.post(`/api/referrals/${blocked[0].id}/send`, {});
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sent', organisationId: hospitalId });
    expect((await coordinator.post(`/api/referrals/${blocked[0].id}/send`, {})).body.code).toBe(
      'REFERRAL_ALREADY_SENT',
    );
  });

  it('lists what is overdue by the pathway’s clock: stage 2 past due, a referral without outcome after 30 days', async () => {
    const zhao = await register({ name: '赵玉梅', birthDate: '1948-02-29', community: '黄海路社区' });
    await enter(zhao.body.id, 'AD8@1', AD8_OF_3, '2026-10-12T02:00:00.000Z');
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-10-26T15:00:00.000Z')); // 23:00 on the due day
    expect((await tasks('?overdue=true')).filter((t) => t.residentId === zhao.body.id)).toEqual([]);
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-12-20T02:00:00.000Z'));
    const overdue = await tasks('?overdue=true');
    expect(overdue.filter((t) => t.residentId === zhao.body.id)).toEqual([
      expect.objectContaining({ kind: 'stage2', dueOn: '2026-10-26', overdue: true }),
    ]);
    // 李淑珍's referral, sent today (real time) and never answered, is late 30 days on.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 31 * 86_400_000));
    expect((await tasks('?kind=referral_outcome&overdue=true')).map((t) => t.overdue)).toEqual([true]);
    jest.restoreAllMocks();
    expect(await tasks('?kind=referral_outcome&overdue=true')).toEqual([]);
  });

  it('shows it all on the dashboard: exact to the coordinator, suppressed to the hospital, 404 to a stranger', async () => {
    await register({ name: '孙建华', sex: 'male', birthDate: '1955-01-01' }).then((r) =>
      enter(r.body.id, 'AD8@1', AD8_OF_0),
    );
    const exact = await coordinator.get(`/api/campaigns/${campaignId}/dashboard`);
    expect(exact.status).toBe(200);
    expect(exact.body.suppressed).toBe(false);
    const binhai = exact.body.communities.find((c: any) => c.community === '滨海路社区');
    expect(binhai).toMatchObject({
      target: 120,
      screened: { value: 3, suppressed: false },
      stage1Positive: { value: 2, suppressed: false },
      stage1PositiveRate: 0.667,
      stage2Done: { value: 2, suppressed: false },
      stage2Positive: { value: 2, suppressed: false },
      stage2PositiveRate: 1,
      // The funnel: both referrals made and sent (one after its consent), one accepted and completed.
      referralsMade: { value: 2, suppressed: false },
      referralsSent: { value: 2, suppressed: false },
      referralsAccepted: { value: 1, suppressed: false },
      referralsDeclined: { value: 0, suppressed: false },
      referralsOpen: { value: 1, suppressed: false },
      referralsCompleted: { value: 1, suppressed: false },
    });
    expect(binhai.bySex).toEqual([
      expect.objectContaining({ group: 'female', screened: { value: 2, suppressed: false } }),
      expect.objectContaining({ group: 'male', screened: { value: 1, suppressed: false } }),
    ]);
    expect(exact.body.communities.map((c: any) => [c.community, c.target])).toEqual([
      ['滨海路社区', 120],
      ['黄海路社区', 100],
    ]);
    expect(exact.body.totals.screened.value).toBe(4);
    expect(exact.body.instruments).toEqual(
      expect.arrayContaining([
        {
          stage: 1,
          instrument: 'AD8',
          positive: { value: 3, suppressed: false },
          negative: { value: 1, suppressed: false },
        },
      ]),
    );

    const partner = await hospital.get(`/api/campaigns/${campaignId}/dashboard`);
    expect(partner.status).toBe(200);
    expect(partner.body.suppressed).toBe(true);
    expect(partner.body.totals.screened).toEqual({ value: null, suppressed: true });
    expect(partner.body.totals.stage1PositiveRate).toBeNull();
    expect(partner.body.communities[0].target).toBe(120);
    expect((await stranger.get(`/api/campaigns/${campaignId}/dashboard`)).status).toBe(404);
    // The hospital reads the campaign it is a partner of (to reach its dashboard), not its sessions' data;
    // another organisation finds no such campaign.
    const own = await hospital.get(`/api/campaigns/${campaignId}`);
    expect({ status: own.status, id: own.body.id }).toEqual({ status: 200, id: campaignId });
    const listed = (await hospital.get('/api/campaigns?limit=100')).body.items as any[];
    expect(listed.map((c) => c.id)).toContain(campaignId);
    for (const c of listed) expect(c.partners.map((p: any) => p.organisationId)).toContain(hospitalId);
    expect((await hospital.get(`/api/campaigns/${campaignId}/sessions`)).body.items).toEqual([]);
    expect((await stranger.get(`/api/campaigns/${campaignId}`)).status).toBe(404);
    expect(
      ((await stranger.get('/api/campaigns?limit=100')).body.items as any[]).map((c) => c.id),
    ).not.toContain(campaignId);
    expect((await hospital.patch(`/api/campaigns/${campaignId}`, { name: 'x' })).status).toBe(403);
    expect((await hospital.get(`/api/campaigns/${campaignId}/tasks`)).status).toBe(403);
    expect((await hospital.get(`/api/residents/${wangId}/pathway`)).status).toBe(403);
  });
});
