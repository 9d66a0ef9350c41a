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
      availability: [
        { weekday: 6, from: '14:00', to: '17:30' },
        { weekday: 3, from: '19:00', to: '21:00' },
      ],
      emergencyContact: { name: ' 李建国 ', phone: '0535-6681234' },
    });
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);

    const fetched = await coordinator.get(`/api/volunteers/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual({
      id: created.body.id,
      name: '李晓雯',
      studentNumber: '2023011234',
      nationalVolunteerNumber: null,
      department: '人文学院',
      major: '社会工作',
      className: '社工2301班',
      mobile: '13805351234',
      politicalStatus: 'youth_league_member',
      skills: ['急救', '手语'],
      availability: [
        { weekday: 3, from: '19:00', to: '21:00' },
        { weekday: 6, from: '14:00', to: '17:30' },
      ],
      emergencyContact: { name: '李建国', phone: '0535-6681234' },
      certifications: [],
      consent: null,
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
      availability: [],
      emergencyContact: null,
      certifications: [],
      consent: null,
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

describe('volunteers: certifications, availability, emergency contact and consent', () => {
  let volunteers: TestService;
  let coordinator: HttpClient;
  let serial = 0;

  beforeAll(async () => {
    volunteers = await startTestService(volunteersService);
    coordinator = volunteers.http.withToken(await tokenFor(principal('coordinator')));
  });
  afterAll(() => volunteers.close());

  async function register(overrides: Record<string, unknown> = {}): Promise<string> {
    serial += 1;
    const response = await coordinator.post('/api/volunteers', {
      name: '测试志愿者',
      studentNumber: `2024${String(serial).padStart(6, '0')}`,
      mobile: '13905350000',
      ...overrides,
    });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  async function as(volunteerId: string): Promise<HttpClient> {
    return volunteers.http.withToken(await tokenFor(principal('volunteer', { volunteerId })));
  }

  it('checks each availability slot and the emergency contact', async () => {
    const response = await coordinator.post('/api/volunteers', {
      name: '错误',
      studentNumber: '20249990',
      mobile: '13905350000',
      availability: [
        { weekday: 0, from: '09:00', to: '12:00' },
        { weekday: 2, from: '12:00', to: '09:00' },
        { weekday: 3, from: '9:00', to: '25:00' },
        { weekday: 4, from: '08:00', to: '10:00', note: 'x' },
      ],
      emergencyContact: { name: '', phone: 'call me' },
    });
    expect(response.status).toBe(400);
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual([
      'availability.0.weekday',
      'availability.1.to',
      'availability.2.from',
      'availability.2.to',
      'availability.3.note',
      'emergencyContact.name',
      'emergencyContact.phone',
    ]);
  });

  it('changes availability and removes the emergency contact with null', async () => {
    const id = await register({ emergencyContact: { name: '王芳', phone: '13905351111' } });
    const me = await as(id);
    const updated = await me.patch(`/api/volunteers/${id}`, {
      availability: [{ weekday: 7, from: '08:00', to: '24:00' }],
      emergencyContact: null,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      availability: [{ weekday: 7, from: '08:00', to: '24:00' }],
      emergencyContact: null,
    });
    expect((await me.patch(`/api/volunteers/${id}`, { mobile: null })).status).toBe(400);
  });

  it('lets coordinators record and remove certifications, and nobody else', async () => {
    const id = await register();
    const added = await coordinator.post(`/api/volunteers/${id}/certifications`, {
      name: ' 消防安全 ',
      issuedOn: '2026-03-01',
      expiresOn: '2028-02-29',
    });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({
      id: expect.any(String),
      name: '消防安全',
      issuedOn: '2026-03-01',
      expiresOn: '2028-02-29',
    });
    const forever = await coordinator.post(`/api/volunteers/${id}/certifications`, {
      name: '急救',
      issuedOn: '2025-05-01',
    });
    expect(forever.body.expiresOn).toBeNull();
    expect((await coordinator.get(`/api/volunteers/${id}`)).body.certifications).toEqual([
      forever.body,
      added.body,
    ]);

    const backwards = await coordinator.post(`/api/volunteers/${id}/certifications`, {
      name: '急救',
      issuedOn: '2026-05-01',
      expiresOn: '2026-04-30',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.details.map((d: { field: string }) => d.field)).toEqual(['expiresOn']);

    const me = await as(id);
    const selfCertified = await me.post(`/api/volunteers/${id}/certifications`, {
      name: '急救',
      issuedOn: '2026-01-01',
    });
    expect(selfCertified.status).toBe(403);

    expect((await coordinator.delete(`/api/volunteers/${id}/certifications/${added.body.id}`)).status).toBe(
      204,
    );
    const again = await coordinator.delete(`/api/volunteers/${id}/certifications/${added.body.id}`);
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('CERTIFICATION_NOT_FOUND');
    const nobody = await coordinator.post(
      '/api/volunteers/01900000-0000-7000-8000-000000000000/certifications',
      { name: '急救', issuedOn: '2026-01-01' },
    );
    expect(nobody.status).toBe(404);
    expect(nobody.body.code).toBe('VOLUNTEER_NOT_FOUND');
    expect((await me.get('/api/volunteers/me')).body.certifications).toEqual([forever.body]);
  });

  it('records consent with its time and policy version; the latest shows on the profile', async () => {
    const id = await register();
    const other = await register();
    const me = await as(id);
    const before = Date.now();
    const given = await me.post(`/api/volunteers/${id}/consent`, { policyVersion: '2026-09' });
    expect(given.status).toBe(201);
    expect(given.body).toEqual({ policyVersion: '2026-09', givenAt: expect.any(String), bySelf: true });
    expect(Date.parse(given.body.givenAt)).toBeGreaterThanOrEqual(before - 1000);

    const paper = await coordinator.post(`/api/volunteers/${id}/consent`, { policyVersion: 'v2.0' });
    expect(paper.body.bySelf).toBe(false);
    expect((await me.get('/api/volunteers/me')).body.consent).toEqual(paper.body);

    const forSomeoneElse = await me.post(`/api/volunteers/${other}/consent`, { policyVersion: '2026-09' });
    expect(forSomeoneElse.status).toBe(404);
    expect(forSomeoneElse.body.code).toBe('VOLUNTEER_NOT_FOUND');
    expect((await coordinator.get(`/api/volunteers/${other}`)).body.consent).toBeNull();
    expect((await me.post(`/api/volunteers/${id}/consent`, { policyVersion: 'v 1' })).status).toBe(400);
  });

  it('finds volunteers with a certification valid on a date, and those free on a weekday', async () => {
    const tag = `筛选${Date.now()}`;
    const valid = await register({
      name: `${tag}甲`,
      availability: [{ weekday: 6, from: '09:00', to: '12:00' }],
    });
    const expired = await register({
      name: `${tag}乙`,
      availability: [{ weekday: 2, from: '09:00', to: '12:00' }],
    });
    const notYet = await register({ name: `${tag}丙` });
    await coordinator.post(`/api/volunteers/${valid}/certifications`, {
      name: '消防安全',
      issuedOn: '2026-01-01',
      expiresOn: '2027-01-01',
    });
    await coordinator.post(`/api/volunteers/${expired}/certifications`, {
      name: '消防安全',
      issuedOn: '2024-01-01',
      expiresOn: '2026-09-07',
    });
    await coordinator.post(`/api/volunteers/${notYet}/certifications`, {
      name: '消防安全',
      issuedOn: '2026-09-09',
    });
    const names = async (query: string): Promise<string[]> => {
      const response = await coordinator.get(`/api/volunteers?q=${encodeURIComponent(tag)}&${query}`);
      expect(response.status).toBe(200);
      return response.body.items.map((v: { name: string }) => v.name.replace(tag, ''));
    };
    const cert = `certification=${encodeURIComponent('消防安全')}`;
    expect(await names(`${cert}&certifiedOn=2026-09-08`)).toEqual(['甲']);
    expect(await names(`${cert}&certifiedOn=2026-09-07`)).toEqual(['乙', '甲']);
    expect(await names(`${cert}&certifiedOn=2026-09-10`)).toEqual(['丙', '甲']);
    expect(await names('availableOn=6')).toEqual(['甲']);
    expect(await names('availableOn=2')).toEqual(['乙']);
    expect(await names(`availableOn=6&${cert}&certifiedOn=2026-09-10`)).toEqual(['甲']);
    expect((await coordinator.get('/api/volunteers?availableOn=8')).status).toBe(400);
    expect((await coordinator.get('/api/volunteers?certifiedOn=2026-13-01')).status).toBe(400);
  });
});
