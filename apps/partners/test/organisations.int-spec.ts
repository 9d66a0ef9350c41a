import { startTestService, type TestService } from '@linkage/testing';
import { partnersService } from '../src/partners.service-definition';

describe('partners: organisations over HTTP', () => {
  let partners: TestService;

  beforeAll(async () => {
    partners = await startTestService(partnersService);
  });
  afterAll(() => partners.close());

  it('creates an organisation with a Chinese name and reads it back', async () => {
    const created = await partners.http.post('/api/organisations', {
      name: '莱山区初家街道社会工作服务站',
      kind: 'street_social_work_station',
      district: '莱山区',
      contactPhone: '13805351234',
    });
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);

    const fetched = await partners.http.get(`/api/organisations/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toMatchObject({ name: '莱山区初家街道社会工作服务站', district: '莱山区' });
  });

  it('rejects bad input with a 400 listing each field', async () => {
    const response = await partners.http.post('/api/organisations', {
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
    const response = await partners.http.post('/api/organisations', '{"name": ', {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('BAD_REQUEST');
  });

  it('refuses a second organisation with the same name (409)', async () => {
    const body = { name: '烟台市老年社会工作服务中心', kind: 'social_work_ngo' };
    expect((await partners.http.post('/api/organisations', body)).status).toBe(201);
    const again = await partners.http.post('/api/organisations', body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ORGANISATION_NAME_TAKEN');
  });

  it('answers 404 with a code for an unknown id and 400 for a malformed one', async () => {
    const missing = await partners.http.get('/api/organisations/01900000-0000-7000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('ORGANISATION_NOT_FOUND');
    expect((await partners.http.get('/api/organisations/not-a-uuid')).status).toBe(400);
  });

  it('pages through the list newest first and filters by kind', async () => {
    for (const name of ['社区甲', '社区乙', '社区丙']) {
      await partners.http.post('/api/organisations', { name: `${name}居委会`, kind: 'residents_committee' });
    }
    const first = await partners.http.get('/api/organisations?kind=residents_committee&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((o: { name: string }) => o.name)).toEqual(['社区丙居委会', '社区乙居委会']);
    const second = await partners.http.get(
      `/api/organisations?kind=residents_committee&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((o: { name: string }) => o.name)).toEqual(['社区甲居委会']);
    expect(second.body.nextCursor).toBeNull();
    expect((await partners.http.get('/api/organisations?cursor=garbage')).body.code).toBe('INVALID_CURSOR');
  });
});
