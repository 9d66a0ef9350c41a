import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { partnersService } from '../src/partners.service-definition';

const prefix = () => process.env.NATS_SUBJECT_PREFIX!;

describe('partners: the organisation directory, complete', () => {
  let partners: TestService;
  let coordinator: HttpClient;
  let nats: NatsConnection;
  const published: { subject: string; payload: any }[] = [];

  beforeAll(async () => {
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    nats.subscribe(`${prefix()}partners.organisation.>`, {
      callback: (_error, msg) => {
        const envelope = msg.json<{ subject: string; payload: unknown }>();
        published.push({ subject: envelope.subject, payload: envelope.payload });
      },
    });
    await nats.flush();
    partners = await startTestService(partnersService);
    coordinator = partners.http.withToken(await tokenFor(principal('coordinator')));
  });
  afterAll(async () => {
    await nats?.close();
    await partners?.close();
  });

  async function eventsOf(
    organisationId: string,
    count: number,
  ): Promise<{ subject: string; payload: any }[]> {
    const deadline = Date.now() + 3000;
    const mine = () => published.filter((e) => e.payload.organisationId === organisationId);
    while (mine().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return mine();
  }

  it('keeps kind, district, communities served, address and several contacts', async () => {
    const created = await coordinator.post('/api/organisations', {
      name: '莱山区人民医院记忆门诊',
      kind: 'hospital',
      district: '莱山区',
      address: '烟台市莱山区港城东大街 1 号',
      communities: ['滨海路社区', ' 黄海路社区 '],
      contactName: '王主任',
      contactPhone: '13805351234',
      contacts: [
        { name: '李秀英', title: '护士长', phone: '0535-6912345', email: 'jiyi@example.org' },
        { name: '赵医生', title: '神经内科医师' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'hospital',
      status: 'active',
      communities: ['滨海路社区', '黄海路社区'],
      contacts: [
        { name: '李秀英', title: '护士长', phone: '0535-6912345', email: 'jiyi@example.org' },
        { name: '赵医生', title: '神经内科医师', phone: null, email: null },
      ],
    });
    const fetched = await coordinator.get(`/api/organisations/${created.body.id}`);
    expect(fetched.body.communities).toEqual(['滨海路社区', '黄海路社区']);
    expect(fetched.body.contacts).toHaveLength(2);
  });

  it('registers a party branch, an NGO and a college', async () => {
    for (const [name, kind] of [
      ['滨海路社区党支部', 'party_branch'],
      ['烟台市颐养之家养老服务中心', 'ngo'],
      ['烟台大学社会工作站', 'college'],
    ]) {
      const created = await coordinator.post('/api/organisations', { name, kind });
      expect(created.status).toBe(201);
      expect(created.body.kind).toBe(kind);
    }
  });

  it('refuses bad communities and contacts field by field', async () => {
    const response = await coordinator.post('/api/organisations', {
      name: '坏数据社区居委会',
      kind: 'residents_committee',
      communities: ['滨海路社区', '滨海路社区', ''],
      contacts: [{ title: '主任', phone: '12', email: 'not-an-email' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['communities', 'contacts.0.email', 'contacts.0.name', 'contacts.0.phone']);
  });

  it('filters by kind, district, status, community served and part of the name', async () => {
    const make = async (name: string, body: Record<string, unknown>) =>
      (await coordinator.post('/api/organisations', { name, kind: 'residents_committee', ...body })).body.id;
    const a = await make('芝罘区向阳街道南门社区居委会', { district: '芝罘区', communities: ['南门社区'] });
    const b = await make('芝罘区向阳街道北门社区居委会', { district: '芝罘区', communities: ['北门社区'] });
    const c = await make('福山区清洋街道社区居委会', { district: '福山区', communities: ['南门社区'] });
    await coordinator.patch(`/api/organisations/${b}`, { status: 'suspended' });
    const ids = async (query: string) =>
      (await coordinator.get(`/api/organisations?limit=100&${query}`)).body.items.map(
        (o: { id: string }) => o.id,
      );

    expect(await ids(`district=${encodeURIComponent('芝罘区')}`)).toEqual([b, a]);
    expect(await ids(`district=${encodeURIComponent('芝罘区')}&status=active`)).toEqual([a]);
    expect(await ids(`status=suspended`)).toEqual([b]);
    expect(await ids(`community=${encodeURIComponent('南门社区')}`)).toEqual([c, a]);
    expect(await ids(`q=${encodeURIComponent('向阳街道')}&kind=residents_committee`)).toEqual([b, a]);
    expect(await ids(`kind=hospital&district=${encodeURIComponent('福山区')}`)).toEqual([]);
    expect((await coordinator.get('/api/organisations?status=closed')).status).toBe(400);
  });

  it('publishes a rename and a change of communities, with the fields that changed', async () => {
    const id = (
      await coordinator.post('/api/organisations', {
        name: '滨海路社区居委会',
        kind: 'residents_committee',
        communities: ['滨海路社区'],
      })
    ).body.id;
    const renamed = await coordinator.patch(`/api/organisations/${id}`, {
      name: '滨海路社区居民委员会',
      communities: ['滨海路社区', '海韵社区'],
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      name: '滨海路社区居民委员会',
      communities: ['滨海路社区', '海韵社区'],
    });
    const events = await eventsOf(id, 2);
    expect(events.map((e) => e.subject)).toEqual([
      'partners.organisation.registered.v1',
      'partners.organisation.changed.v1',
    ]);
    expect(events[1].payload).toMatchObject({
      name: '滨海路社区居民委员会',
      version: 2,
      changedFields: ['name', 'communities'],
    });
  });

  it('lets a partner member replace their own contacts, and publishes nothing for it', async () => {
    const id = (
      await coordinator.post('/api/organisations', { name: '黄海路社区居委会', kind: 'residents_committee' })
    ).body.id;
    const member = partners.http.withToken(await tokenFor(principal('partner', { organisationId: id })));
    const changed = await member.patch(`/api/organisations/${id}/contact`, {
      contacts: [{ name: '孙社工', title: '社工', phone: '13912345678' }],
    });
    expect(changed.status).toBe(200);
    expect(changed.body.contacts).toEqual([
      { name: '孙社工', title: '社工', phone: '13912345678', email: null },
    ]);
    const communities = await member.patch(`/api/organisations/${id}/contact`, { communities: ['别的社区'] });
    expect(communities.status).toBe(400);
    await new Promise((r) => setTimeout(r, 300));
    expect((await eventsOf(id, 1)).map((e) => e.subject)).toEqual(['partners.organisation.registered.v1']);
  });
});
