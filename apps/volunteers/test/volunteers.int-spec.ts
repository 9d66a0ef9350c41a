import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { volunteersService } from '../src/volunteers.service-definition';

describe('volunteers: volunteer profiles over HTTP', () => {
  let volunteers: TestService;
  let coordinator: HttpClient;
  let studentNumbers = 0;

  beforeAll(async () => {
    volunteers = await startTestService(volunteersService);
    coordinator = volunteers.http.withToken(await tokenFor(principal('coordinator')));
  });
  afterAll(() => volunteers.close());

  /** A valid profile with a fresh student number; tests override what they are about. */
  function aVolunteer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    studentNumbers += 1;
    return {
      name: '张三',
      studentNumber: `2023${String(studentNumbers).padStart(6, '0')}`,
      mobile: '13805351234',
      ...overrides,
    };
  }

  it('creates a volunteer with a Chinese name and reads it back', async () => {
    const created = await coordinator.post('/api/volunteers', {
      name: '  李晓雯 ',
      studentNumber: '2023011234',
      department: '人文学院',
      major: '社会工作',
      className: '社工2301班',
      mobile: '13805351234',
      politicalStatus: 'youth_league_member',
      skills: ['急救', ' 手语', '手语 '],
    });
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);

    const fetched = await coordinator.get(`/api/volunteers/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual({
      id: created.body.id,
      name: '李晓雯',
      studentNumber: '2023011234',
      department: '人文学院',
      major: '社会工作',
      className: '社工2301班',
      mobile: '13805351234',
      politicalStatus: 'youth_league_member',
      skills: ['急救', '手语'],
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('fills the optional fields with null and skills with an empty list', async () => {
    const created = await coordinator.post('/api/volunteers', aVolunteer({ name: 'Ayşe Öztürk' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Ayşe Öztürk',
      department: null,
      major: null,
      className: null,
      politicalStatus: null,
      skills: [],
    });
  });

  it('rejects bad input with a 400 listing each field', async () => {
    const response = await coordinator.post('/api/volunteers', {
      name: '   ',
      studentNumber: '20-1',
      department: '',
      mobile: '12345678901',
      politicalStatus: 'monarchist',
      skills: Array.from({ length: 21 }, (_, i) => `技能${i}`),
      surprise: true,
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual([
      'department',
      'mobile',
      'name',
      'politicalStatus',
      'skills',
      'studentNumber',
      'surprise',
    ]);
    const mobile = (response.body.details as { field: string; messages: string[] }[]).find(
      (d) => d.field === 'mobile',
    );
    expect(mobile?.messages.join(' ')).toMatch(/^mobile /);
  });

  it('requires name, student number and mobile, and checks each skill', async () => {
    const response = await coordinator.post('/api/volunteers', {
      skills: ['急救', '', 'x'.repeat(31), 7],
    });
    expect(response.status).toBe(400);
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['mobile', 'name', 'skills', 'studentNumber']);
  });

  it('refuses a second volunteer with the same student number (409), whatever its letter case', async () => {
    expect(
      (await coordinator.post('/api/volunteers', aVolunteer({ studentNumber: 'S2023001' }))).status,
    ).toBe(201);
    for (const studentNumber of ['S2023001', 's2023001']) {
      const again = await coordinator.post('/api/volunteers', aVolunteer({ name: '王五', studentNumber }));
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('VOLUNTEER_STUDENT_NUMBER_TAKEN');
    }
  });

  it('answers 404 with a code for an unknown id and 400 for a malformed one', async () => {
    const missing = await coordinator.get('/api/volunteers/01900000-0000-7000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('VOLUNTEER_NOT_FOUND');
    const malformed = await coordinator.get('/api/volunteers/not-a-uuid');
    expect(malformed.status).toBe(400);
  });

  it('pages through one department newest first', async () => {
    for (const name of ['赵一', '钱二', '孙三']) {
      await coordinator.post('/api/volunteers', aVolunteer({ name, department: '护理学院' }));
    }
    await coordinator.post('/api/volunteers', aVolunteer({ name: '周四', department: '法学院' }));

    const first = await coordinator.get(
      `/api/volunteers?department=${encodeURIComponent('护理学院')}&limit=2`,
    );
    expect(first.status).toBe(200);
    expect(first.body.items.map((v: { name: string }) => v.name)).toEqual(['孙三', '钱二']);
    const second = await coordinator.get(
      `/api/volunteers?department=${encodeURIComponent('护理学院')}&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((v: { name: string }) => v.name)).toEqual(['赵一']);
    expect(second.body.nextCursor).toBeNull();
    expect((await coordinator.get('/api/volunteers?cursor=garbage')).body.code).toBe('INVALID_CURSOR');
  });

  it('filters by part of the name and by skill', async () => {
    await coordinator.post('/api/volunteers', aVolunteer({ name: '欧阳明月', skills: ['心理疏导', '摄影'] }));
    await coordinator.post('/api/volunteers', aVolunteer({ name: '欧阳清风', skills: ['摄影'] }));
    await coordinator.post('/api/volunteers', aVolunteer({ name: '司马明', skills: ['心理疏导辅助'] }));

    const byName = await coordinator.get(`/api/volunteers?q=${encodeURIComponent('欧阳')}`);
    expect(byName.body.items.map((v: { name: string }) => v.name)).toEqual(['欧阳清风', '欧阳明月']);

    // A skill matches whole, not as part of a longer skill.
    const bySkill = await coordinator.get(`/api/volunteers?skill=${encodeURIComponent('心理疏导')}`);
    expect(bySkill.body.items.map((v: { name: string }) => v.name)).toEqual(['欧阳明月']);

    const both = await coordinator.get(
      `/api/volunteers?q=${encodeURIComponent('明')}&skill=${encodeURIComponent('摄影')}`,
    );
    expect(both.body.items.map((v: { name: string }) => v.name)).toEqual(['欧阳明月']);

    // LIKE wildcards in q are taken literally.
    expect((await coordinator.get('/api/volunteers?q=%25')).body.items).toEqual([]);
  });
});

describe('volunteers: a volunteer sees and changes only their own profile', () => {
  let volunteers: TestService;
  let coordinator: HttpClient;
  let mine: string;
  let theirs: string;
  let me: HttpClient;

  beforeAll(async () => {
    volunteers = await startTestService(volunteersService);
    coordinator = volunteers.http.withToken(await tokenFor(principal('coordinator')));
    mine = (
      await coordinator.post('/api/volunteers', {
        name: '李晓雯',
        studentNumber: '2023110101',
        mobile: '13912340001',
      })
    ).body.id;
    theirs = (
      await coordinator.post('/api/volunteers', {
        name: '王子涵',
        studentNumber: '2023110102',
        mobile: '13912340002',
      })
    ).body.id;
    me = volunteers.http.withToken(await tokenFor(principal('volunteer', { volunteerId: mine })));
  });
  afterAll(() => volunteers.close());

  it('reads its own profile, by id and as /me, and lists only itself', async () => {
    expect((await me.get(`/api/volunteers/${mine}`)).body.name).toBe('李晓雯');
    expect((await me.get('/api/volunteers/me')).body.id).toBe(mine);
    expect((await me.get('/api/volunteers?limit=100')).body.items.map((v: { id: string }) => v.id)).toEqual([
      mine,
    ]);
  });

  it('gets 404 for another volunteer’s profile, for reading and for changing it', async () => {
    const read = await me.get(`/api/volunteers/${theirs}`);
    expect(read.status).toBe(404);
    expect(read.body.code).toBe('VOLUNTEER_NOT_FOUND');
    const write = await me.patch(`/api/volunteers/${theirs}`, { mobile: '13000000000' });
    expect(write.status).toBe(404);
    expect((await coordinator.get(`/api/volunteers/${theirs}`)).body.mobile).toBe('13912340002');
  });

  it('changes its own skills and mobile, but not its name', async () => {
    const updated = await me.patch(`/api/volunteers/${mine}`, {
      skills: ['急救', '消防安全'],
      mobile: '13912349999',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      skills: ['急救', '消防安全'],
      mobile: '13912349999',
      name: '李晓雯',
    });
    expect((await me.patch(`/api/volunteers/${mine}`, { name: '改名' })).status).toBe(400);
  });

  it('may not register volunteers (403), and needs a valid token (401)', async () => {
    expect(
      (await me.post('/api/volunteers', { name: '新人', studentNumber: '20249999', mobile: '13900000000' }))
        .status,
    ).toBe(403);
    expect((await volunteers.http.get(`/api/volunteers/${mine}`)).status).toBe(401);
    const expired = volunteers.http.withToken(
      await tokenFor(principal('volunteer', { volunteerId: mine }), { expiresIn: -60 }),
    );
    expect((await expired.get(`/api/volunteers/${mine}`)).body.code).toBe('TOKEN_EXPIRED');
  });
});
