import { randomUUID } from 'node:crypto';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { counsellingService } from '../src/counselling.service-definition';

describe('counselling: programmes over HTTP', () => {
  let counselling: TestService;
  let counsellor: HttpClient;

  beforeAll(async () => {
    counselling = await startTestService(counsellingService);
    counsellor = counselling.http.withToken(await tokenFor(principal('counsellor')));
  });
  afterAll(() => counselling.close());

  function aProgramme(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      title: '倾听小组',
      kind: 'listening_group',
      capacity: 10,
      startsOn: '2025-09-08',
      endsOn: '2025-10-13',
      ...overrides,
    };
  }

  it('creates a programme with a Chinese title and reads it back', async () => {
    const created = await counsellor.post('/api/programmes', {
      title: ' 玩偶格子沙龙（秋季） ',
      kind: 'sand_tray_salon',
      description: '以玩偶格子为媒介的团体沙龙，每周一次，共六次。',
      capacity: 12,
      startsOn: '2025-09-08',
      endsOn: '2025-10-13',
    });
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);

    const fetched = await counsellor.get(`/api/programmes/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual({
      id: created.body.id,
      title: '玩偶格子沙龙（秋季）',
      kind: 'sand_tray_salon',
      description: '以玩偶格子为媒介的团体沙龙，每周一次，共六次。',
      capacity: 12,
      startsOn: '2025-09-08',
      endsOn: '2025-10-13',
      confidential: true,
      confidentiality: 'confidential',
      status: 'draft',
      facilitators: [
        {
          accountId: expect.any(String),
          role: 'counsellor',
          volunteerId: null,
          displayName: '测试counsellor',
        },
      ],
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('keeps an explicit confidential: false and status, and allows a one-day programme', async () => {
    const created = await counsellor.post(
      '/api/programmes',
      aProgramme({
        title: '同伴戒烟小组',
        kind: 'peer_smoking_cessation',
        confidential: false,
        status: 'open',
        startsOn: '2025-11-01',
        endsOn: '2025-11-01',
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      confidential: false,
      status: 'open',
      description: null,
      startsOn: '2025-11-01',
      endsOn: '2025-11-01',
    });
  });

  it('rejects bad input with a 400 listing each field', async () => {
    const response = await counsellor.post('/api/programmes', {
      title: '  ',
      kind: 'yoga',
      description: '长'.repeat(2001),
      capacity: 101,
      startsOn: '2025-02-29',
      endsOn: '2025-10-13T00:00:00Z',
      confidential: 'yes',
      status: 'archived',
      surprise: true,
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual([
      'capacity',
      'confidential',
      'description',
      'endsOn',
      'kind',
      'startsOn',
      'status',
      'surprise',
      'title',
    ]);
  });

  it('rejects a capacity that is not a whole number from 1 to 100', async () => {
    for (const capacity of [0, 2.5, '10']) {
      const response = await counsellor.post('/api/programmes', aProgramme({ capacity }));
      expect(response.status).toBe(400);
      expect((response.body.details as { field: string }[]).map((d) => d.field)).toEqual(['capacity']);
    }
  });

  it('rejects an end before the start with a field error on endsOn', async () => {
    const response = await counsellor.post(
      '/api/programmes',
      aProgramme({ startsOn: '2025-10-13', endsOn: '2025-10-12' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details).toEqual([
      { field: 'endsOn', messages: ['endsOn must not be before startsOn'] },
    ]);
  });

  it('answers 404 with a code for an unknown id and 400 for a malformed one', async () => {
    const missing = await counsellor.get('/api/programmes/01900000-0000-7000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('PROGRAMME_NOT_FOUND');
    expect((await counsellor.get('/api/programmes/not-a-uuid')).status).toBe(400);
  });

  it('pages through the list newest first and filters by kind and status', async () => {
    for (const title of ['戒烟一期', '戒烟二期', '戒烟三期']) {
      await counsellor.post('/api/programmes', aProgramme({ title, kind: 'peer_smoking_cessation' }));
    }
    await counsellor.post(
      '/api/programmes',
      aProgramme({ title: '戒烟四期', kind: 'peer_smoking_cessation', status: 'closed' }),
    );

    const first = await counsellor.get('/api/programmes?kind=peer_smoking_cessation&status=draft&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((p: { title: string }) => p.title)).toEqual(['戒烟三期', '戒烟二期']);
    const second = await counsellor.get(
      `/api/programmes?kind=peer_smoking_cessation&status=draft&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((p: { title: string }) => p.title)).toEqual(['戒烟一期']);
    expect(second.body.nextCursor).toBeNull();

    const closed = await counsellor.get('/api/programmes?status=closed');
    expect(closed.body.items.map((p: { title: string }) => p.title)).toEqual(['戒烟四期']);
    expect((await counsellor.get('/api/programmes?status=archived')).status).toBe(400);
    expect((await counsellor.get('/api/programmes?cursor=garbage')).body.code).toBe('INVALID_CURSOR');
  });
});

describe('counselling: programmes are for counsellors; coordinators see none', () => {
  let counselling: TestService;

  beforeAll(async () => {
    counselling = await startTestService(counsellingService);
  });
  afterAll(() => counselling.close());

  const programme = {
    title: '同伴戒烟互助小组',
    kind: 'peer_smoking_cessation',
    capacity: 8,
    startsOn: '2026-10-15',
    endsOn: '2027-01-14',
  };

  it.each([
    ['counsellor', 201, 200],
    ['admin', 201, 200],
    ['coordinator', 403, 403],
    ['partner', 403, 403],
    // A volunteer may be a peer facilitator: the list answers, with only the programmes they facilitate.
    ['volunteer', 403, 200],
  ] as const)('%s: create %s, list %s', async (role, create, list) => {
    const client = counselling.http.withToken(await tokenFor(principal(role)));
    // An admin plans a programme for counsellors to run, so names one.
    const facilitators = [{ accountId: randomUUID(), role: 'counsellor', displayName: '李老师' }];
    expect(
      (
        await client.post('/api/programmes', {
          ...programme,
          title: `${programme.title}-${role}`,
          facilitators,
        })
      ).status,
    ).toBe(create);
    expect((await client.get('/api/programmes')).status).toBe(list);
  });
});
