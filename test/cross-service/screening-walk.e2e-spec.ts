import { loadConfig, ServiceConfig } from '@linkage/config';
import { mysqlServerOptions } from '@linkage/database';
import { HttpClient, principal, startTestSystem, tokenFor, type TestSystem } from '@linkage/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { randomUUID } from 'node:crypto';
import { createGateway } from '../../apps/gateway/src/gateway';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { STAGE1_COLUMNS } from '../../apps/screening/src/import/stage1-form';
import { screeningService } from '../../apps/screening/src/screening.service-definition';
import { AD8_OF_3, eventually, MOCA_OF_22 } from '../../apps/screening/test/pathway-fixtures';
import { volunteersService } from '../../apps/volunteers/src/volunteers.service-definition';

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const ID_NUMBER = '37061319560312002X';
const PHONE = '13805351234';
const INFORMANT_PHONE = '13905351234';

/** One stage-1 paper form (row n), by the template's Chinese headers, with `changes`. */
function paperForm(n: number, changes: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    社区: '黄海路社区',
    姓名: `纸质表居民${n}`,
    性别: '男',
    出生日期: `1950-04-${String(n).padStart(2, '0')}`,
    文化程度: '小学',
    受教育年限: '6',
    已签知情同意: '是',
    筛查日期: '2026-10-17',
    'Mini-Cog 回忆（0–3）': '3',
    'Mini-Cog 画钟（0/2）': '2',
    筛查员: '张明远',
  };
  for (let i = 1; i <= 8; i++) base[`AD8 第${i}题`] = '否';
  return STAGE1_COLUMNS.map((c) => changes[c.header] ?? base[c.header] ?? '');
}

/**
 * Issue 11's Done-when through the gateway, as the portal's users do it: the coordinator plans the
 * campaign with the hospital and schedules a session, which becomes a shift; a trained volunteer signs up
 * and, during the session, registers a resident with consent and enters an AD8 of 3 and a Mini-Cog of 4;
 * the stage-2 task appears; a MoCA of 22 with 9 years of education (23, positive) becomes a referral in
 * the hospital's inbox; the hospital returns an outcome; the dashboard shows it all; an import with two
 * bad rows is refused naming both; and the raw database holds no readable ID number or phone.
 */
describe('the Memory Package walk through the gateway', () => {
  let system: TestSystem;
  let gateway: NestFastifyApplication;
  let http: HttpClient;
  let screeningDb: Connection;
  let coordinator: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem([volunteersService, partnersService, screeningService]);
    gateway = await createGateway({
      ...process.env,
      ...system.gatewayEnv,
      PORT: '0',
      UPSTREAM_CHECK_TIMEOUT_MS: '1000',
    });
    await gateway.listen(0, '127.0.0.1');
    const { port } = gateway.getHttpServer().address() as { port: number };
    http = new HttpClient(`http://127.0.0.1:${port}`);
    coordinator = http.withToken(await tokenFor(principal('coordinator')));
    const config = loadConfig(ServiceConfig, system.services.screening!.env);
    screeningDb = await createConnection({ ...mysqlServerOptions(config), database: config.MYSQL_DATABASE });
  });
  afterAll(async () => {
    await screeningDb?.end();
    await gateway?.close();
    await system?.close();
  });

  it('screens, re-checks, refers and comes back, with nothing readable at rest', async () => {
    // The hospital, known to screening (with its kind) from partners' organisation events.
    const hospitalId = (
      await coordinator.post<{ id: string }>('/api/organisations', {
        name: '莱山区人民医院记忆门诊',
        kind: 'hospital',
      })
    ).body.id;
    await eventually(async () => {
      const [rows] = await screeningDb.query<RowDataPacket[]>(
        'SELECT kind FROM organisation_names WHERE id = ?',
        [hospitalId],
      );
      return rows[0]?.kind === 'hospital';
    });
    const campaign = await coordinator.post<{ id: string }>('/api/campaigns', {
      name: '“记忆礼包”社区认知障碍筛查与干预（2026 秋季）',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      partnerOrganisationIds: [hospitalId],
      targets: [
        { community: '滨海路社区', target: 120 },
        { community: '黄海路社区', target: 100 },
      ],
    });
    expect(campaign.status).toBe(201);
    const campaignId = campaign.body.id;

    // A session starting in 40 minutes: sign-ups are open and the screener's hour before has begun.
    const session = await coordinator.post<{ id: string }>(`/api/campaigns/${campaignId}/sessions`, {
      community: '黄海路社区',
      venue: { name: '黄海路社区日间照料中心', address: '烟台市莱山区黄海路 16 号' },
      startsAt: inMinutes(40),
      endsAt: inMinutes(220),
      roles: [{ key: 'screener', name: '认知初筛员', count: 2, requiredCertifications: ['认知筛查'] }],
    });
    expect(session.status).toBe(201);
    const sessionId = session.body.id;
    const shift = await eventually(async () => {
      const page = await coordinator.get<{ items: { id: string; title: string }[] }>(
        `/api/shifts?sourceType=screening_session&sourceId=${sessionId}`,
      );
      return page.body.items[0];
    });
    expect(shift.title).toContain('黄海路社区 认知筛查 · 认知初筛员');

    // A trained volunteer (认知筛查) signs up.
    const volunteerId = (
      await coordinator.post<{ id: string }>('/api/volunteers', {
        name: '李晓雯',
        studentNumber: `W${process.pid}01`,
        mobile: '13905350101',
      })
    ).body.id;
    await coordinator.post(`/api/volunteers/${volunteerId}/certifications`, {
      name: '认知筛查',
      issuedOn: '2026-08-25',
    });
    const screener = http.withToken(await tokenFor(principal('volunteer', { volunteerId })));
    const signup = await screener.post<{ status: string }>(`/api/shifts/${shift.id}/signups`, {});
    expect(signup.status).toBe(201);
    expect(signup.body.status).toBe('confirmed');

    // During the session: the resident with consent first (screening waits to hear she is confirmed).
    const resident = await eventually(async () => {
      const response = await screener.post<{ id: string; idNumber: string }>('/api/residents', {
        campaignId,
        sessionId,
        name: '王桂兰',
        sex: 'female',
        birthDate: '1956-03-12',
        idNumber: ID_NUMBER,
        phone: PHONE,
        community: '黄海路社区',
        informant: { name: '李建国', relation: '儿子', phone: INFORMANT_PHONE },
        consents: ['screening', 'data_processing', 'hospital_sharing'].map((kind) => ({
          kind,
          granted: true,
          textVersion: 'MP-2026.1',
        })),
      });
      return response.status === 201 ? response.body : null;
    });
    const residentId = resident!.id;
    const enter = (client: HttpClient, version: string, answers: object, clientId = randomUUID()) =>
      client.post<{ id: string; total: number; classification: string; educationAdjusted: boolean }>(
        `/api/residents/${residentId}/results`,
        { clientId, version, answers, sessionId: version.startsWith('MOCA') ? undefined : sessionId },
      );
    const ad8ClientId = randomUUID();
    const ad8 = await enter(screener, 'AD8@1', AD8_OF_3, ad8ClientId);
    expect(ad8.status).toBe(201);
    expect(ad8.body).toMatchObject({ total: 3, classification: 'positive' });
    // The tablet's retry after a lost answer: the same result, not a second one.
    const again = await enter(screener, 'AD8@1', AD8_OF_3, ad8ClientId);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(ad8.body.id);
    const miniCog = await enter(screener, 'MINI_COG@1', { word_recall: 2, clock: 2 });
    expect(miniCog.status).toBe(201);
    expect(miniCog.body).toMatchObject({ total: 4, classification: 'negative' });

    // The stage-2 task appears.
    const tasks = await coordinator.get<{ items: { residentId: string }[] }>(
      `/api/campaigns/${campaignId}/tasks?kind=stage2`,
    );
    expect(tasks.body.items.map((t) => t.residentId)).toContain(residentId);

    // MoCA 22 with 9 years of education: refused without education, then 23 (adjusted), positive.
    expect((await enter(coordinator, 'MOCA@1', MOCA_OF_22)).body).toMatchObject({
      code: 'RESULT_EDUCATION_REQUIRED',
    });
    expect(
      (
        await coordinator.request('PUT', `/api/residents/${residentId}/education`, {
          level: 'junior_secondary',
          years: 9,
        })
      ).status,
    ).toBe(200);
    const moca = await enter(coordinator, 'MOCA@1', MOCA_OF_22);
    expect(moca.status).toBe(201);
    expect(moca.body).toMatchObject({ total: 23, educationAdjusted: true, classification: 'positive' });

    // The referral reaches the hospital's inbox, without the resident's name, ID number or phone.
    const pathway = await coordinator.get<{ referrals: { id: string }[] }>(
      `/api/residents/${residentId}/pathway`,
    );
    const referralId = pathway.body.referrals[0].id;
    const hospital = http.withToken(
      await tokenFor(principal('partner', { organisationId: hospitalId, displayName: '孙医生' })),
    );
    const item = await eventually(async () => {
      const inbox = await hospital.get<{ items: { id: string; itemId: string }[] }>(
        '/api/inbox?kind=screening_referral',
      );
      return inbox.body.items.find((i) => i.itemId === referralId);
    });
    for (const secret of ['王桂兰', ID_NUMBER, PHONE]) expect(JSON.stringify(item)).not.toContain(secret);
    expect((await hospital.post(`/api/inbox/${item.id}/accept`, {})).status).toBe(200);
    expect(
      (
        await hospital.post(`/api/inbox/${item.id}/outcome`, {
          status: 'completed',
          category: 'diagnosed_mci',
          notes: '轻度认知障碍，建议三个月后复查。',
        })
      ).status,
    ).toBe(200);
    const referral = await eventually(async () => {
      const r = (
        await coordinator.get<{ referrals: { status: string; outcome: unknown }[] }>(
          `/api/residents/${residentId}/pathway`,
        )
      ).body.referrals[0];
      return r.status === 'completed' ? r : undefined;
    });
    expect(referral.outcome).toMatchObject({ diagnosisCategory: 'diagnosed_mci', recordedBy: '孙医生' });

    // The dashboard shows it all, for the community and in total.
    type Figure = { value: number | null };
    const dashboard = await coordinator.get<{
      totals: Record<string, Figure>;
      communities: (Record<string, Figure> & { community: string; target: number })[];
    }>(`/api/campaigns/${campaignId}/dashboard`);
    const huanghai = dashboard.body.communities.find((c) => c.community === '黄海路社区')!;
    expect(huanghai.target).toBe(100);
    for (const figures of [huanghai, dashboard.body.totals]) {
      expect(
        Object.fromEntries(
          ['screened', 'stage1Positive', 'stage2Done', 'stage2Positive', 'referralsCompleted'].map((k) => [
            k,
            figures[k].value,
          ]),
        ),
      ).toEqual({ screened: 1, stage1Positive: 1, stage2Done: 1, stage2Positive: 1, referralsCompleted: 1 });
    }

    // An import of paper forms with two bad rows is refused, naming both, and writes nothing.
    const rows = [
      STAGE1_COLUMNS.map((c) => c.header),
      paperForm(1),
      paperForm(2, { 性别: 'F' }),
      paperForm(3),
      paperForm(4, { 筛查日期: '2027-01-05' }),
    ];
    const csv = `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
    const imported = await coordinator.request<{
      code: string;
      details: { problems: { row: number; column: string }[] };
    }>('POST', `/api/campaigns/${campaignId}/imports`, csv, { 'content-type': 'text/csv' });
    expect(imported.status).toBe(422);
    const refusal = imported.body;
    expect(refusal.code).toBe('IMPORT_ROWS_INVALID');
    expect(refusal.details.problems.map((p) => [p.row, p.column])).toEqual([
      [3, '性别'],
      [5, '筛查日期'],
    ]);
    const [residents] = await screeningDb.query<RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM residents WHERE campaign_id = ?',
      [campaignId],
    );
    expect(Number(residents[0].n)).toBe(1);

    // The raw database: no readable ID number or phone anywhere in the resident's row.
    const [raw] = await screeningDb.query<RowDataPacket[]>('SELECT * FROM residents WHERE id = ?', [
      residentId,
    ]);
    expect(raw).toHaveLength(1);
    const stored = JSON.stringify(raw[0], (_, v: unknown) => (Buffer.isBuffer(v) ? v.toString('latin1') : v));
    for (const secret of [ID_NUMBER, ID_NUMBER.slice(6, 14), PHONE, INFORMANT_PHONE])
      expect(stored).not.toContain(secret);
    expect(String(raw[0].id_number_enc)).toMatch(/^v1\./);
    expect(String(raw[0].phone_enc)).toMatch(/^v1\./);
    // … while the coordinator, with a reason, reads them decrypted.
    const read = await coordinator.get<{ idNumber: string; phone: string }>(
      `/api/residents/${residentId}?reason=${encodeURIComponent('转介前核对')}`,
    );
    expect(read.body).toMatchObject({ idNumber: ID_NUMBER, phone: PHONE });
  });
});
