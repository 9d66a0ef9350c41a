import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { partnersService } from '../src/partners.service-definition';

describe('partners: organisations over HTTP', () => {
  let partners: TestService;
  let coordinator: HttpClient;

  beforeAll(async () => {
    partners = await startTestService(partnersService);
    coordinator = partners.http.withToken(await tokenFor(principal('coordinator')));
  });
  afterAll(() => partners.close());

  it('creates an organisation with a Chinese name and reads it back', async () => {
    const created = await coordinator.post('/api/organisations', {
      name: '莱山区初家街道社会工作服务站',
      kind: 'street_social_work_station',
      district: '莱山区',
      contactPhone: '13805351234',
    });
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);

    const fetched = await coordinator.get(`/api/organisations/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toMatchObject({ name: '莱山区初家街道社会工作服务站', district: '莱山区' });
  });

  it('rejects bad input with a 400 listing each field', async () => {
    const response = await coordinator.post('/api/organisations', {
      name: '',
      kind: 'bank',
      contactPhone: '12345',
      surprise: true,
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['contactPhone', 'kind', 'name', 'surprise']);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const response = await coordinator.post('/api/organisations', '{"name": ', {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('BAD_REQUEST');
  });

  it('refuses a second organisation with the same name (409)', async () => {
    const body = { name: '烟台市老年社会工作服务中心', kind: 'social_work_ngo' };
    expect((await coordinator.post('/api/organisations', body)).status).toBe(201);
    const again = await coordinator.post('/api/organisations', body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ORGANISATION_NAME_TAKEN');
  });

  it('answers 404 with a code for an unknown id and 400 for a malformed one', async () => {
    const missing = await coordinator.get('/api/organisations/01900000-0000-7000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('ORGANISATION_NOT_FOUND');
    expect((await coordinator.get('/api/organisations/not-a-uuid')).status).toBe(400);
  });

  it('pages through the list newest first and filters by kind', async () => {
    for (const name of ['社区甲', '社区乙', '社区丙']) {
      await coordinator.post('/api/organisations', { name: `${name}居委会`, kind: 'residents_committee' });
    }
    const first = await coordinator.get('/api/organisations?kind=residents_committee&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((o: { name: string }) => o.name)).toEqual(['社区丙居委会', '社区乙居委会']);
    const second = await coordinator.get(
      `/api/organisations?kind=residents_committee&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((o: { name: string }) => o.name)).toEqual(['社区甲居委会']);
    expect(second.body.nextCursor).toBeNull();
    expect((await coordinator.get('/api/organisations?cursor=garbage')).body.code).toBe('INVALID_CURSOR');
  });
});

describe('partners: who may see and change an organisation', () => {
  let partners: TestService;
  let coordinator: HttpClient;
  let admin: HttpClient;
  let ownId: string;
  let otherId: string;
  let member: HttpClient;

  beforeAll(async () => {
    partners = await startTestService(partnersService);
    coordinator = partners.http.withToken(await tokenFor(principal('coordinator')));
    admin = partners.http.withToken(await tokenFor(principal('admin')));
    ownId = (
      await coordinator.post('/api/organisations', { name: '黄海路社区居委会', kind: 'residents_committee' })
    ).body.id;
    otherId = (
      await coordinator.post('/api/organisations', { name: '金山社区居委会', kind: 'residents_committee' })
    ).body.id;
    member = partners.http.withToken(await tokenFor(principal('partner', { organisationId: ownId })));
  });
  afterAll(() => partners.close());

  it('needs a token', async () => {
    const response = await partners.http.get('/api/organisations');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('AUTH_REQUIRED');
  });

  it('lets a partner member read their own organisation and nothing else', async () => {
    expect((await member.get(`/api/organisations/${ownId}`)).status).toBe(200);
    const list = await member.get('/api/organisations?limit=100');
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([ownId]);
  });

  it('answers another organisation exactly as a missing one (404, same body)', async () => {
    const other = await member.get(`/api/organisations/${otherId}`);
    const missing = await member.get('/api/organisations/01900000-0000-7000-8000-000000000000');
    expect(other.status).toBe(404);
    expect({ ...other.body, message: '' }).toEqual({ ...missing.body, message: '' });
    expect(other.body.code).toBe('ORGANISATION_NOT_FOUND');
  });

  it('lets a partner member change only their own contact details', async () => {
    const own = await member.patch(`/api/organisations/${ownId}/contact`, {
      contactName: '刘主任',
      contactPhone: '13700001111',
    });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      contactName: '刘主任',
      contactPhone: '13700001111',
      name: '黄海路社区居委会',
    });
    const other = await member.patch(`/api/organisations/${otherId}/contact`, { contactName: '冒名' });
    expect(other.status).toBe(404);
    expect((await coordinator.get(`/api/organisations/${otherId}`)).body.contactName).toBeNull();
    const rename = await member.patch(`/api/organisations/${ownId}/contact`, { name: '改名' });
    expect(rename.status).toBe(400);
  });

  it('does not let a partner member register organisations (403)', async () => {
    const response = await member.post('/api/organisations', { name: '新机构', kind: 'other' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('ROLE_FORBIDDEN');
  });

  it('keeps an audit trail admins can read: writes and denied attempts, with who and from where', async () => {
    const trail = await admin.get(`/api/audit?recordId=${otherId}`);
    expect(trail.status).toBe(200);
    const actions = trail.body.items.map(
      (e: { action: string; outcome: string }) => `${e.action}:${e.outcome}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'organisation.created:allowed',
        'organisation.read:denied',
        'organisation.update_contact:denied',
      ]),
    );
    const denied = trail.body.items.find((e: { outcome: string }) => e.outcome === 'denied');
    expect(denied).toMatchObject({ actorRoles: 'partner', ip: '127.0.0.1' });
    expect(denied.requestId).toEqual(expect.any(String));
    expect((await coordinator.get('/api/audit')).status).toBe(403);
  });
});
