import { loadConfig, ServiceConfig } from '@linkage/config';
import { mysqlServerOptions } from '@linkage/database';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { randomUUID } from 'node:crypto';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { screeningService } from '../src/screening.service-definition';

// 莱山区 (370613), born 1956-03-12, a woman (sequence 002), check character X.
const WANG_ID = '37061319560312002X';
const WANG_PHONE = '13805351234';
const WANG_ADDRESS = '滨海路 12 号 3 单元 201';
const INFORMANT_PHONE = '13905356789';
const ADMINISTERED = '2026-10-09T01:40:00.000Z';
const CONSENTS = [
  { kind: 'screening', granted: true, textVersion: 'screening-consent-2026.1' },
  { kind: 'data_processing', granted: true, textVersion: 'data-consent-2026.1' },
];
// AD8 with three changes (3: positive), Mini-Cog of 4 (negative).
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
const MINI_COG_OF_4 = { word_recall: 2, clock: 2 };
const MOCA_OF_22 = {
  trail_making: 1,
  cube: 1,
  clock: 3,
  naming: 3,
  digits: 2,
  tapping: 1,
  serial_sevens: 3,
  sentence_repetition: 2,
  fluency: 1,
  abstraction: 2,
  delayed_recall: 1,
  orientation: 2,
};

describe('screening: residents, consents and results', () => {
  let screening: TestService;
  let coordinator: HttpClient;
  let admin: HttpClient;
  let db: Connection;
  let campaignId: string;
  let ad8OnlyCampaignId: string;
  let wangId: string;

  const plan = (body: Record<string, unknown>) =>
    coordinator.post('/api/campaigns', {
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      partnerOrganisationIds: [],
      ...body,
    });
  const register = (body: Record<string, unknown>, client: HttpClient = coordinator) =>
    client.post('/api/residents', {
      campaignId,
      sex: 'female',
      community: '滨海路社区',
      ...body,
    });
  const wang = (extra: Record<string, unknown> = {}) =>
    register({
      name: '王桂兰',
      birthDate: '1956-03-12',
      idNumber: WANG_ID,
      phone: WANG_PHONE,
      address: WANG_ADDRESS,
      education: { level: 'primary', years: 6 },
      informant: { name: '李建国', relation: '儿子', phone: INFORMANT_PHONE },
      consents: CONSENTS,
      ...extra,
    });
  const enter = (residentId: string, body: Record<string, unknown>, client: HttpClient = coordinator) =>
    client.post(`/api/residents/${residentId}/results`, {
      clientId: randomUUID(),
      administeredAt: ADMINISTERED,
      ...body,
    });
  const countsOf = async (campaign: string) => {
    const [rows] = await db.query<RowDataPacket[]>(
      'SELECT community, stage, instrument, classification, sex, age_band AS ageBand, count FROM screening_counts WHERE campaign_id = ? ORDER BY instrument, classification, age_band',
      [campaign],
    );
    return rows.map((r) => ({ ...r }));
  };

  beforeAll(async () => {
    screening = await startTestService(screeningService);
    coordinator = screening.http.withToken(await tokenFor(principal('coordinator')));
    admin = screening.http.withToken(await tokenFor(principal('admin')));
    const config = loadConfig(ServiceConfig, screening.env);
    db = await createConnection({ ...mysqlServerOptions(config), database: config.MYSQL_DATABASE });
    const campaign = await plan({
      name: '“记忆礼包”社区认知障碍筛查（2026 秋季）',
      targets: [
        { community: '滨海路社区', target: 120 },
        { community: '黄海路社区', target: 100 },
      ],
    });
    expect(campaign.status).toBe(201);
    campaignId = campaign.body.id;
    const ad8Only = await plan({
      name: '高新区 AD8 初筛',
      instruments: { stage1: ['AD8@1'], stage2: ['MOCA@1'] },
    });
    expect(ad8Only.status).toBe(201);
    ad8OnlyCampaignId = ad8Only.body.id;
  });
  afterAll(async () => {
    await db?.end();
    await screening?.close();
  });

  it('plans campaigns with their instruments per stage (defaults) and targets per community', async () => {
    const campaign = await coordinator.get(`/api/campaigns/${campaignId}`);
    expect(campaign.body.instruments).toEqual({
      stage1: ['AD8@1', 'MINI_COG@1'],
      stage2: ['MMSE@1', 'MOCA@1'],
    });
    expect(campaign.body.targets).toEqual([
      { community: '滨海路社区', target: 120 },
      { community: '黄海路社区', target: 100 },
    ]);
    const bad = await plan({
      name: '错误的量表',
      instruments: { stage1: ['MMSE@1'], stage2: ['MOCA@1'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('CAMPAIGN_INSTRUMENTS_INVALID');
    expect(bad.body.details).toEqual([
      { field: 'instruments.stage1', messages: ['MMSE@1 is a stage-2 instrument'] },
    ]);
  });

  it('registers a resident with consent and shows the decrypted fields to a coordinator', async () => {
    const created = await wang();
    expect(created.status).toBe(201);
    wangId = created.body.id;
    expect(created.body).toMatchObject({
      campaignId,
      name: '王桂兰',
      sex: 'female',
      birthDate: '1956-03-12',
      community: '滨海路社区',
      idNumber: WANG_ID,
      phone: WANG_PHONE,
      address: WANG_ADDRESS,
      education: { level: 'primary', years: 6 },
      informant: { name: '李建国', relation: '儿子', phone: INFORMANT_PHONE },
    });
    expect(created.body.consents.map((c: { kind: string; granted: boolean }) => [c.kind, c.granted])).toEqual(
      [
        ['screening', true],
        ['data_processing', true],
      ],
    );
    const read = await coordinator.get(`/api/residents/${wangId}`, {
      'x-access-reason': encodeURIComponent('核对居民信息'),
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ idNumber: WANG_ID, phone: WANG_PHONE, address: WANG_ADDRESS });
    const listed = await coordinator.get(
      `/api/residents?campaignId=${campaignId}&reason=${encodeURIComponent('筛查名单')}`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((r: { id: string }) => r.id)).toContain(wangId);
    expect(listed.body.items[0]).not.toHaveProperty('phone');
  });

  it('refuses a duplicate by ID number or by name, birth date and community, naming the resident (409)', async () => {
    const byId = await register({
      name: '王桂芝',
      birthDate: '1956-03-12',
      idNumber: '370613 19560312 002x',
    });
    expect(byId.status).toBe(409);
    expect(byId.body).toMatchObject({
      code: 'RESIDENT_DUPLICATE',
      details: { residentId: wangId, matchedBy: 'id_number' },
    });
    const byPerson = await register({ name: '王 桂兰', birthDate: '1956-03-12' });
    expect(byPerson.status).toBe(409);
    expect(byPerson.body.details).toEqual({ residentId: wangId, matchedBy: 'name_birth_date_community' });
    // Another community, or another campaign, is another registration.
    expect(
      (await register({ name: '王桂兰', birthDate: '1956-03-12', community: '黄海路社区' })).status,
    ).toBe(201);
    expect((await wang({ campaignId: ad8OnlyCampaignId })).status).toBe(201);
  });

  it('refuses an ID number that fails its check or contradicts the birth date or sex (400 naming the field)', async () => {
    const typo = await register({ name: '赵秀英', birthDate: '1956-03-12', idNumber: '370613195603120021' });
    expect(typo.status).toBe(400);
    expect(typo.body.code).toBe('RESIDENT_ID_NUMBER_INVALID');
    expect(typo.body.details).toEqual([
      { field: 'idNumber', messages: ['idNumber has a wrong check character (perhaps mistyped)'] },
    ]);
    const otherBirth = await register({ name: '赵秀英', birthDate: '1956-03-21', idNumber: WANG_ID });
    expect(otherBirth.status).toBe(400);
    expect(otherBirth.body.details[0]).toEqual({
      field: 'idNumber',
      messages: ['idNumber gives the birth date 1956-03-12, not 1956-03-21'],
    });
    const otherSex = await register({
      name: '赵国强',
      sex: 'male',
      birthDate: '1956-03-12',
      idNumber: WANG_ID,
    });
    expect(otherSex.body.details[0].messages).toEqual(["idNumber is a female's, not a male's"]);
    const elsewhere = await register({ name: '赵秀英', birthDate: '1950-01-01', community: '金山社区' });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body).toMatchObject({
      code: 'RESIDENT_COMMUNITY_NOT_IN_CAMPAIGN',
      details: { communities: ['滨海路社区', '黄海路社区'] },
    });
    const badFields = await register({ name: '', birthDate: '2099-01-01', phone: '12345' });
    expect(badFields.status).toBe(400);
    expect(badFields.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'birthDate',
      'name',
      'phone',
    ]);
  });

  it('scores and stores an AD8 of 3 (positive) and a Mini-Cog of 4 (negative), and reads them back', async () => {
    const ad8 = await enter(wangId, { version: 'AD8@1', answers: AD8_OF_3, statedTotal: 3 });
    expect(ad8.status).toBe(201);
    expect(ad8.body).toMatchObject({
      stage: 1,
      instrument: 'AD8',
      version: 'AD8@1',
      rawTotal: 3,
      total: 3,
      classification: 'positive',
      answers: AD8_OF_3,
    });
    const miniCog = await enter(wangId, { version: 'MINI_COG@1', answers: MINI_COG_OF_4 });
    expect(miniCog.status).toBe(201);
    expect(miniCog.body).toMatchObject({ total: 4, classification: 'negative', itemScores: MINI_COG_OF_4 });

    const read = await coordinator.get(`/api/residents/${wangId}/results`);
    expect(read.status).toBe(200);
    expect(
      read.body.items.map((r: { version: string; total: number; classification: string }) => [
        r.version,
        r.total,
        r.classification,
      ]),
    ).toEqual([
      ['MINI_COG@1', 4, 'negative'],
      ['AD8@1', 3, 'positive'],
    ]);
    expect(read.body.items[1].answers).toEqual(AD8_OF_3);
  });

  it('answers the engine’s refusals with stable codes', async () => {
    const mismatch = await enter(wangId, { version: 'AD8@1', answers: AD8_OF_3, statedTotal: 4 });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body).toMatchObject({
      code: 'RESULT_TOTAL_MISMATCH',
      details: { stated: 4, computed: 3 },
    });
    const invalid = await enter(wangId, { version: 'MINI_COG@1', answers: { word_recall: 4, clock: 1 } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect(invalid.body.details.map((d: { field: string }) => d.field)).toEqual([
      'answers.word_recall',
      'answers.clock',
    ]);
    // A MoCA of 22 waits for the education it is adjusted by; with 9 years it is 23, positive.
    const sun = (await register({ name: '孙玉梅', birthDate: '1949-05-20', consents: CONSENTS })).body.id;
    const mocaOf22 = { version: 'MOCA@1', answers: MOCA_OF_22 };
    const moca = await enter(sun, mocaOf22);
    expect(moca.status).toBe(422);
    expect(moca.body.code).toBe('RESULT_EDUCATION_REQUIRED');
    const education = await coordinator.request('PUT', `/api/residents/${sun}/education`, {
      level: 'junior_secondary',
      years: 9,
    });
    expect(education.status).toBe(200);
    const adjusted = await enter(sun, mocaOf22);
    expect(adjusted.status).toBe(201);
    expect(adjusted.body).toMatchObject({
      stage: 2,
      rawTotal: 22,
      total: 23,
      educationAdjusted: true,
      classification: 'positive',
    });
  });

  it('refuses a version the campaign does not use (422)', async () => {
    const other = (await wang({ campaignId: ad8OnlyCampaignId, name: '王秀兰', idNumber: undefined })).body
      .id;
    const miniCog = await enter(other, { version: 'MINI_COG@1', answers: MINI_COG_OF_4 });
    expect(miniCog.status).toBe(422);
    expect(miniCog.body).toMatchObject({
      code: 'RESULT_INSTRUMENT_NOT_ALLOWED',
      details: { allowed: { stage1: ['AD8@1'], stage2: ['MOCA@1'] } },
    });
    const unknown = await enter(wangId, { version: 'MMSE@2', answers: {} });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('RESULT_INSTRUMENT_NOT_ALLOWED');
  });

  it('refuses a result without consent, and after consent is withdrawn (422)', async () => {
    const liu = (await register({ name: '刘淑珍', birthDate: '1950-07-08' })).body.id;
    const none = await enter(liu, { version: 'AD8@1', answers: AD8_OF_3 });
    expect(none.status).toBe(422);
    expect(none.body).toMatchObject({
      code: 'RESULT_CONSENT_REQUIRED',
      details: { kinds: ['screening', 'data_processing'] },
    });
    for (const consent of CONSENTS) {
      const recorded = await coordinator.post(`/api/residents/${liu}/consents`, consent);
      expect(recorded.status).toBe(201);
    }
    expect((await enter(liu, { version: 'AD8@1', answers: AD8_OF_3 })).status).toBe(201);

    const withdrawn = await coordinator.post(`/api/residents/${liu}/consents/withdraw`, {
      kind: 'screening',
      reason: '家属要求停止筛查',
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ kind: 'screening', withdrawalReason: '家属要求停止筛查' });
    expect(withdrawn.body.withdrawnAt).not.toBeNull();
    const after = await enter(liu, { version: 'MINI_COG@1', answers: MINI_COG_OF_4 });
    expect(after.status).toBe(422);
    expect(after.body).toMatchObject({ code: 'RESULT_CONSENT_WITHDRAWN', details: { kinds: ['screening'] } });
    const again = await coordinator.post(`/api/residents/${liu}/consents/withdraw`, { kind: 'screening' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CONSENT_NOT_GRANTED');
  });

  it('stores one result for the same clientId sent twice (an offline retry answers 200 with it)', async () => {
    const zhou = (
      await register({ name: '周凤英', birthDate: '1944-11-02', sex: 'female', consents: CONSENTS })
    ).body.id;
    const clientId = randomUUID();
    const first = await enter(zhou, { clientId, version: 'AD8@1', answers: AD8_OF_3 });
    const retry = await enter(zhou, { clientId, version: 'AD8@1', answers: AD8_OF_3 });
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.body.id).toBe(first.body.id);
    const [rows] = await db.query<RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM screening_results WHERE client_id = ?',
      [clientId],
    );
    expect(Number(rows[0].n)).toBe(1);
    expect((await coordinator.get(`/api/residents/${zhou}/results`)).body.items).toHaveLength(1);
    // The same device id for another resident is a conflict, not a result.
    const other = await enter(wangId, { clientId, version: 'AD8@1', answers: AD8_OF_3 });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('RESULT_CLIENT_ID_CONFLICT');
  });

  it('keeps partners out (403) and shows volunteers no resident yet (404), auditing the denial', async () => {
    const partner = screening.http.withToken(
      await tokenFor(principal('partner', { organisationId: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c' })),
    );
    expect((await partner.get(`/api/residents/${wangId}`)).status).toBe(403);
    expect((await partner.get(`/api/residents/${wangId}/results`)).status).toBe(403);
    expect((await enter(wangId, { version: 'AD8@1', answers: AD8_OF_3 }, partner)).status).toBe(403);

    const volunteer = screening.http.withToken(
      await tokenFor(principal('volunteer', { volunteerId: '0192b7e2-7777-7f6a-9b7c-9d0e1f2a3b4c' })),
    );
    const read = await volunteer.get(`/api/residents/${wangId}`);
    expect(read.status).toBe(404);
    expect(read.body.code).toBe('RESIDENT_NOT_FOUND');
    const results = await volunteer.get(`/api/residents/${wangId}/results`);
    expect(results.status).toBe(404);
    const entered = await enter(wangId, { version: 'AD8@1', answers: AD8_OF_3 }, volunteer);
    expect(entered.status).toBe(404);
    const education = { level: 'primary', years: 6 };
    expect((await volunteer.request('PUT', `/api/residents/${wangId}/education`, education)).status).toBe(
      404,
    );
    expect((await partner.request('PUT', `/api/residents/${wangId}/education`, education)).status).toBe(403);
    const registered = await register({ name: '钱桂珍', birthDate: '1950-02-02' }, volunteer);
    expect(registered.status).toBe(422);
    expect(registered.body.code).toBe('RESIDENT_CAMPAIGN_UNKNOWN');
    expect((await volunteer.get(`/api/residents?campaignId=${campaignId}`)).body.items).toEqual([]);

    const denied = await admin.get(`/api/audit?recordId=${wangId}&outcome=denied`);
    expect(denied.body.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'resident.read',
      'resident.update',
      'result.create',
      'result.read',
    ]);
  });

  it('audits every read and write of the resident: who, what, when, why', async () => {
    const trail = await admin.get(`/api/audit?recordId=${wangId}&outcome=allowed&limit=100`);
    expect(trail.status).toBe(200);
    const actions = trail.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['resident.registered', 'resident.read', 'result.recorded', 'result.read']),
    );
    const read = trail.body.items.find((e: { action: string }) => e.action === 'resident.read');
    expect(read).toMatchObject({
      actorRoles: 'coordinator',
      recordType: 'resident',
      details: { endpoint: 'GET /api/residents/:id', reason: '核对居民信息' },
    });
    expect(read.actorId).toBeTruthy();
    expect(read.occurredAt).toBeTruthy();
    const listed = await admin.get('/api/audit?action=resident.listed');
    const byCoordinator = listed.body.items.find(
      (e: { actorRoles: string }) => e.actorRoles === 'coordinator',
    );
    expect(byCoordinator.details).toMatchObject({ reason: '筛查名单', campaignId });
    expect(byCoordinator.details.residentIds).toContain(wangId);
  });

  it('keeps no readable ID number, phone, address or answers in the database', async () => {
    const [residents] = await db.query<RowDataPacket[]>('SELECT * FROM residents WHERE id = ?', [wangId]);
    expect(residents).toHaveLength(1);
    const row = JSON.stringify(residents[0]);
    for (const secret of [
      WANG_ID,
      WANG_ID.slice(0, 17),
      WANG_PHONE,
      INFORMANT_PHONE,
      WANG_ADDRESS,
      '滨海路 12 号',
    ])
      expect(row).not.toContain(secret);
    expect(residents[0].id_number_enc).toMatch(/^v1\.[\w-]+\./);
    expect(residents[0].phone_enc).toMatch(/^v1\.[\w-]+\./);
    expect(residents[0].name).toBe('王桂兰');

    const [results] = await db.query<RowDataPacket[]>(
      'SELECT * FROM screening_results WHERE resident_id = ?',
      [wangId],
    );
    expect(results.length).toBeGreaterThanOrEqual(2);
    for (const result of results) {
      const text = JSON.stringify(result);
      for (const plain of ['judgment', 'word_recall', 'positive', 'negative', 'classification'])
        expect(text).not.toContain(plain);
    }
    // Nor does the audit trail copy them.
    const [audit] = await db.query<RowDataPacket[]>('SELECT details FROM audit_events');
    const trail = JSON.stringify(audit);
    for (const secret of [WANG_ID, WANG_PHONE, INFORMANT_PHONE]) expect(trail).not.toContain(secret);
  });

  it('counts each result once, by community, stage, instrument, classification, sex and age band', async () => {
    const counts = await countsOf(campaignId);
    // 王桂兰 (70 on 2026-10-09): AD8 positive, Mini-Cog negative; 刘淑珍 (76): AD8 positive; 周凤英 (81): AD8
    // positive once despite the retry; 孙玉梅 (77): MoCA positive at stage 2. Refused results count nothing.
    expect(counts).toEqual([
      {
        community: '滨海路社区',
        stage: 1,
        instrument: 'AD8',
        classification: 'positive',
        sex: 'female',
        ageBand: '70_74',
        count: 1,
      },
      {
        community: '滨海路社区',
        stage: 1,
        instrument: 'AD8',
        classification: 'positive',
        sex: 'female',
        ageBand: '75_79',
        count: 1,
      },
      {
        community: '滨海路社区',
        stage: 1,
        instrument: 'AD8',
        classification: 'positive',
        sex: 'female',
        ageBand: '80_84',
        count: 1,
      },
      {
        community: '滨海路社区',
        stage: 1,
        instrument: 'MINI_COG',
        classification: 'negative',
        sex: 'female',
        ageBand: '70_74',
        count: 1,
      },
      {
        community: '滨海路社区',
        stage: 2,
        instrument: 'MOCA',
        classification: 'positive',
        sex: 'female',
        ageBand: '75_79',
        count: 1,
      },
    ]);
    const [stored] = await db.query<RowDataPacket[]>(
      'SELECT instrument, COUNT(*) AS n FROM screening_results WHERE campaign_id = ? GROUP BY instrument ORDER BY instrument',
      [campaignId],
    );
    const total = counts.reduce((sum, c) => sum + Number(c.count), 0);
    expect(total).toBe(stored.reduce((sum, r) => sum + Number(r.n), 0));
  });
});
