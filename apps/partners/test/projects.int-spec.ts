import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { ProjectActivity, type ProjectActivitySource } from '../src/projects/project-activity';
import { partnersService } from '../src/partners.service-definition';

const MISSING = '01900000-0000-7000-8000-000000000000';

describe('partners: joint projects', () => {
  let partners: TestService;
  let coordinator: HttpClient;
  const org: Record<string, string> = {};

  const organisation = async (name: string, kind: string): Promise<string> => {
    const created = await coordinator.post('/api/organisations', { name, kind, district: '莱山区' });
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const memberOf = async (organisationId: string): Promise<HttpClient> =>
    partners.http.withToken(await tokenFor(principal('partner', { organisationId })));
  const fiveParties = () => [
    { organisationId: org.college, role: 'lead' },
    { organisationId: org.committee, role: 'community_host' },
    { organisationId: org.hospital, role: 'medical_partner' },
    { organisationId: org.foundation, role: 'funder' },
    { organisationId: org.station, role: 'co_organiser' },
  ];
  const plan = async (name: string, partnerList = fiveParties()) =>
    coordinator.post('/api/projects', {
      name,
      goal: '为滨海路社区 60 岁以上老人提供认知症筛查、转介与随访。',
      startsOn: '2026-09-01',
      endsOn: '2027-08-31',
      partners: partnerList,
    });

  beforeAll(async () => {
    partners = await startTestService(partnersService);
    coordinator = partners.http.withToken(await tokenFor(principal('coordinator')));
    org.college = await organisation('烟台大学社会工作站', 'college');
    org.committee = await organisation('滨海路社区居委会', 'residents_committee');
    org.hospital = await organisation('莱山区人民医院记忆门诊', 'hospital');
    org.foundation = await organisation('烟台市慈善总会', 'foundation');
    org.station = await organisation('莱山区初家街道社会工作服务站', 'street_social_work_station');
    org.outsider = await organisation('金山社区居委会', 'residents_committee');
  });
  afterAll(() => partners.close());

  it('plans a five-party project and shows its page with partners in their roles', async () => {
    const created = await plan('记忆礼包·五方联动社区认知症筛查');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'planned', startsOn: '2026-09-01', endsOn: '2027-08-31' });
    const page = await coordinator.get(`/api/projects/${created.body.id}`);
    expect(page.status).toBe(200);
    expect(page.body.partners.map((p: { name: string; role: string }) => `${p.name}:${p.role}`)).toEqual([
      '烟台大学社会工作站:lead',
      '滨海路社区居委会:community_host',
      '莱山区人民医院记忆门诊:medical_partner',
      '烟台市慈善总会:funder',
      '莱山区初家街道社会工作服务站:co_organiser',
    ]);
    expect(page.body.partners[2]).toMatchObject({ kind: 'hospital', organisationStatus: 'active' });
    expect(page.body.events).toEqual([]);
    expect(page.body.summary).toEqual({
      eventsCount: 0,
      volunteersNeeded: 0,
      volunteersConfirmed: 0,
      verifiedHours: 0,
    });
  });

  it('shows what a registered activity source reports for the project (the events feature’s hook)', async () => {
    const id = (await plan('关爱老人探访·五方联动')).body.id;
    const seen: string[] = [];
    const source: ProjectActivitySource = {
      eventsOf: (projectId, viewer) => {
        seen.push(`${projectId}:${viewer.roles.join()}`);
        return Promise.resolve(
          projectId === id
            ? [
                {
                  eventId: '0193a1b2-0000-7000-8000-000000000001',
                  title: '滨海路社区关爱老人探访',
                  organisationId: org.committee,
                  status: 'approved',
                  startsAt: '2026-12-05T01:00:00.000Z',
                  volunteersNeeded: 6,
                  volunteersConfirmed: 4,
                  verifiedHours: 10.5,
                },
              ]
            : [],
        );
      },
    };
    partners.app.get(ProjectActivity).register(source);
    const page = await coordinator.get(`/api/projects/${id}`);
    expect(page.body.events.map((e: { title: string }) => e.title)).toEqual(['滨海路社区关爱老人探访']);
    expect(page.body.summary).toEqual({
      eventsCount: 1,
      volunteersNeeded: 6,
      volunteersConfirmed: 4,
      verifiedHours: 10.5,
    });
    expect(seen).toContain(`${id}:coordinator`);
    // A project with events cannot be deleted, only cancelled.
    const deleted = await coordinator.delete(`/api/projects/${id}`);
    expect(deleted.status).toBe(409);
    expect(deleted.body.code).toBe('PROJECT_NOT_DELETABLE');
  });

  it('refuses a bad partner list, unknown or suspended organisations, and a period out of order', async () => {
    const twoLeads = await plan('两个牵头单位', [
      { organisationId: org.college, role: 'lead' },
      { organisationId: org.committee, role: 'lead' },
    ]);
    expect(twoLeads.status).toBe(400);
    expect(twoLeads.body.code).toBe('PROJECT_PARTNERS_INVALID');
    expect(twoLeads.body.details[0].field).toBe('partners');

    const unknown = await plan('未知机构', [{ organisationId: MISSING, role: 'lead' }]);
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({
      code: 'PROJECT_ORGANISATION_UNKNOWN',
      details: { missing: [MISSING] },
    });

    const suspended = await organisation('已暂停的社区居委会', 'residents_committee');
    await coordinator.patch(`/api/organisations/${suspended}`, { status: 'suspended' });
    const withSuspended = await plan('含暂停机构', [
      { organisationId: org.college, role: 'lead' },
      { organisationId: suspended, role: 'community_host' },
    ]);
    expect(withSuspended.status).toBe(409);
    expect(withSuspended.body.code).toBe('PROJECT_ORGANISATION_SUSPENDED');

    const invalid = await coordinator.post('/api/projects', {
      name: '',
      goal: '目标',
      startsOn: '2026-02-30',
      endsOn: '2026-01-01',
      partners: [{ organisationId: 'x', role: 'sponsor' }],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    const fields = (invalid.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['name', 'partners.0.organisationId', 'partners.0.role', 'startsOn']);

    const backwards = await coordinator.post('/api/projects', {
      name: '倒序日期',
      goal: '目标',
      startsOn: '2026-09-01',
      endsOn: '2026-08-01',
      partners: [{ organisationId: org.college, role: 'lead' }],
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.details.map((d: { field: string }) => d.field)).toEqual(['endsOn']);
  });

  it('changes name, period, status and partners, and refuses an illegal status change', async () => {
    const id = (await plan('健康讲座系列')).body.id;
    const changed = await coordinator.patch(`/api/projects/${id}`, {
      name: '健康讲座系列（二期）',
      status: 'active',
      endsOn: null,
      partners: [
        { organisationId: org.station, role: 'lead' },
        { organisationId: org.committee, role: 'community_host' },
      ],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: '健康讲座系列（二期）', status: 'active', endsOn: null });
    expect(changed.body.partners.map((p: { organisationId: string }) => p.organisationId)).toEqual([
      org.station,
      org.committee,
    ]);
    const back = await coordinator.patch(`/api/projects/${id}`, { status: 'planned' });
    expect(back.status).toBe(409);
    expect(back.body).toMatchObject({
      code: 'PROJECT_STATUS_CHANGE_INVALID',
      details: { from: 'active', to: 'planned' },
    });
    const early = await coordinator.patch(`/api/projects/${id}`, { endsOn: '2026-08-01' });
    expect(early.status).toBe(400);
    expect(early.body.code).toBe('PROJECT_DATES_INVALID');
    expect((await coordinator.patch(`/api/projects/${id}`, { status: 'completed' })).status).toBe(200);
    expect((await coordinator.delete(`/api/projects/${id}`)).status).toBe(409);
  });

  it('deletes a planned project with no events', async () => {
    const id = (await plan('试点项目')).body.id;
    expect((await coordinator.delete(`/api/projects/${id}`)).status).toBe(204);
    expect((await coordinator.get(`/api/projects/${id}`)).status).toBe(404);
  });

  it('lists newest first, by status, by organisation and by part of the name', async () => {
    const a = (await plan('筛查项目甲')).body.id;
    const b = (
      await plan('筛查项目乙', [
        { organisationId: org.hospital, role: 'lead' },
        { organisationId: org.outsider, role: 'community_host' },
      ])
    ).body.id;
    await coordinator.patch(`/api/projects/${b}`, { status: 'active' });
    const ids = async (query: string) =>
      (await coordinator.get(`/api/projects?limit=100&${query}`)).body.items.map((p: { id: string }) => p.id);
    expect(await ids(`q=${encodeURIComponent('筛查项目')}`)).toEqual([b, a]);
    expect(await ids(`q=${encodeURIComponent('筛查项目')}&status=active`)).toEqual([b]);
    expect(await ids(`organisationId=${org.outsider}`)).toEqual([b]);
  });

  it('lets a partner member read only their organisation’s projects; others are 404 and audited', async () => {
    const mine = (await plan('社区认知症友好行动')).body.id;
    const theirs = (
      await plan('金山社区项目', [
        { organisationId: org.outsider, role: 'lead' },
        { organisationId: org.college, role: 'co_organiser' },
      ])
    ).body.id;
    const member = await memberOf(org.hospital);
    expect((await member.get(`/api/projects/${mine}`)).status).toBe(200);
    const listed = (await member.get('/api/projects?limit=100')).body.items.map((p: { id: string }) => p.id);
    expect(listed).toContain(mine);
    expect(listed).not.toContain(theirs);
    expect(new Set(listed).size).toBe(listed.length);

    const other = await member.get(`/api/projects/${theirs}`);
    const missing = await member.get(`/api/projects/${MISSING}`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('PROJECT_NOT_FOUND');
    expect({ ...other.body, message: '' }).toEqual({ ...missing.body, message: '' });

    expect((await member.post('/api/projects', { name: 'x' })).status).toBe(403);
    expect((await member.patch(`/api/projects/${mine}`, { name: '改名' })).status).toBe(403);
    expect((await member.delete(`/api/projects/${mine}`)).status).toBe(403);
    const volunteer = partners.http.withToken(await tokenFor(principal('volunteer')));
    expect((await volunteer.get('/api/projects')).status).toBe(403);

    const admin = partners.http.withToken(await tokenFor(principal('admin')));
    const trail = await admin.get(`/api/audit?recordId=${theirs}`);
    expect(
      trail.body.items.map((e: { action: string; outcome: string }) => `${e.action}:${e.outcome}`),
    ).toEqual(expect.arrayContaining(['project.created:allowed', 'project.read:denied']));
  });
});
