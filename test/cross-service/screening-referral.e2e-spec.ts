import { loadConfig, ServiceConfig } from '@linkage/config';
import { mysqlServerOptions } from '@linkage/database';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { randomUUID } from 'node:crypto';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { screeningService } from '../../apps/screening/src/screening.service-definition';
import { AD8_OF_3, eventually, MOCA_OF_22 } from '../../apps/screening/test/pathway-fixtures';

describe('a positive stage 2 lands in the hospital’s partner inbox, and the outcome comes back to screening', () => {
  let partners: TestService;
  let screening: TestService;
  let screeningDb: Connection;
  let toPartners: HttpClient;
  let toScreening: HttpClient;
  let hospital: HttpClient;
  let hospitalId: string;

  beforeAll(async () => {
    partners = await startTestService(partnersService);
    screening = await startTestService(screeningService);
    const token = await tokenFor(principal('coordinator'));
    toPartners = partners.http.withToken(token);
    toScreening = screening.http.withToken(token);
    const config = loadConfig(ServiceConfig, screening.env);
    screeningDb = await createConnection({ ...mysqlServerOptions(config), database: config.MYSQL_DATABASE });
    hospitalId = (
      await toPartners.post('/api/organisations', { name: '莱山区人民医院记忆门诊', kind: 'hospital' })
    ).body.id;
    hospital = partners.http.withToken(
      await tokenFor(principal('partner', { organisationId: hospitalId, displayName: '李秀英' })),
    );
    // Screening learns the hospital (and its kind) from partners.organisation.registered.v1.
    await eventually(async () => {
      const [rows] = await screeningDb.query<RowDataPacket[]>(
        'SELECT kind FROM organisation_names WHERE id = ?',
        [hospitalId],
      );
      return rows[0]?.kind === 'hospital';
    });
  });
  afterAll(async () => {
    await screeningDb?.end();
    await screening?.close();
    await partners?.close();
  });

  it('refers, the hospital accepts and completes it, and the resident’s pathway shows the outcome', async () => {
    const campaign = await toScreening.post('/api/campaigns', {
      name: '“记忆礼包”社区认知障碍筛查',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      partnerOrganisationIds: [hospitalId],
      targets: [{ community: '滨海路社区', target: 120 }],
    });
    const resident = await toScreening.post('/api/residents', {
      campaignId: campaign.body.id,
      name: '王桂兰',
      sex: 'female',
      birthDate: '1956-03-12',
      idNumber: '37061319560312002X',
      phone: '13805351234',
      community: '滨海路社区',
      education: { level: 'junior_secondary', years: 9 },
      consents: ['screening', 'data_processing', 'hospital_sharing'].map((kind) => ({
        kind,
        granted: true,
        textVersion: '2026.1',
      })),
    });
    expect(resident.status).toBe(201);
    const enter = (version: string, answers: object, administeredAt: string) =>
      toScreening.post(`/api/residents/${resident.body.id}/results`, {
        clientId: randomUUID(),
        version,
        answers,
        administeredAt,
      });
    expect((await enter('AD8@1', AD8_OF_3, '2026-10-09T01:40:00.000Z')).status).toBe(201);
    expect((await enter('MOCA@1', MOCA_OF_22, '2026-10-22T02:00:00.000Z')).body.total).toBe(23);
    const referralId = (await toScreening.get(`/api/residents/${resident.body.id}/pathway`)).body.referrals[0]
      .id;

    const item = await eventually(async () => {
      const items = (await hospital.get('/api/inbox?kind=screening_referral')).body.items as any[];
      return items.find((i) => i.itemId === referralId);
    });
    expect(item).toMatchObject({
      organisationId: hospitalId,
      origin: { service: 'screening', entityType: 'referral', entityId: referralId },
      details: { age: 70, sex: '女', community: '滨海路社区', instrument: 'MOCA@1', score: 23 },
      status: 'received',
    });
    for (const secret of ['王桂兰', '37061319560312002X', '13805351234'])
      expect(JSON.stringify(item)).not.toContain(secret);

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
      const r = (await toScreening.get(`/api/residents/${resident.body.id}/pathway`)).body.referrals[0];
      return r.status === 'completed' ? r : undefined;
    });
    expect(referral.acceptedAt).toEqual(expect.any(String));
    expect(referral.outcome).toMatchObject({
      status: 'completed',
      diagnosisCategory: 'diagnosed_mci',
      advice: '轻度认知障碍，建议三个月后复查。',
      recordedBy: '李秀英',
    });
  });
});
