import { startTestService, type TestService } from '@linkage/testing';
// The boundary rule in eslint.config.mjs also catches an app's own tests reaching into its src/.
import { volunteersService } from '../src/volunteers.service-definition';

describe('volunteers: volunteer profiles over HTTP', () => {
  let volunteers: TestService;
  let studentNumbers = 0;

  beforeAll(async () => {
    volunteers = await startTestService(volunteersService);
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
    const created = await volunteers.http.post('/api/volunteers', {
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

    const fetched = await volunteers.http.get(`/api/volunteers/${created.body.id}`);
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
    const created = await volunteers.http.post('/api/volunteers', aVolunteer({ name: 'Ayşe Öztürk' }));
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
    const response = await volunteers.http.post('/api/volunteers', {
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
    const response = await volunteers.http.post('/api/volunteers', {
      skills: ['急救', '', 'x'.repeat(31), 7],
    });
    expect(response.status).toBe(400);
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['mobile', 'name', 'skills', 'studentNumber']);
  });

  it('refuses a second volunteer with the same student number (409), whatever its letter case', async () => {
    expect(
      (await volunteers.http.post('/api/volunteers', aVolunteer({ studentNumber: 'S2023001' }))).status,
    ).toBe(201);
    for (const studentNumber of ['S2023001', 's2023001']) {
      const again = await volunteers.http.post(
        '/api/volunteers',
        aVolunteer({ name: '王五', studentNumber }),
      );
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('VOLUNTEER_STUDENT_NUMBER_TAKEN');
    }
  });

  it('answers 404 with a code for an unknown id and 400 for a malformed one', async () => {
    const missing = await volunteers.http.get('/api/volunteers/01900000-0000-7000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('VOLUNTEER_NOT_FOUND');
    const malformed = await volunteers.http.get('/api/volunteers/not-a-uuid');
    expect(malformed.status).toBe(400);
  });

  it('pages through one department newest first', async () => {
    for (const name of ['赵一', '钱二', '孙三']) {
      await volunteers.http.post('/api/volunteers', aVolunteer({ name, department: '护理学院' }));
    }
    await volunteers.http.post('/api/volunteers', aVolunteer({ name: '周四', department: '法学院' }));

    const first = await volunteers.http.get(
      `/api/volunteers?department=${encodeURIComponent('护理学院')}&limit=2`,
    );
    expect(first.status).toBe(200);
    expect(first.body.items.map((v: { name: string }) => v.name)).toEqual(['孙三', '钱二']);
    const second = await volunteers.http.get(
      `/api/volunteers?department=${encodeURIComponent('护理学院')}&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((v: { name: string }) => v.name)).toEqual(['赵一']);
    expect(second.body.nextCursor).toBeNull();
    expect((await volunteers.http.get('/api/volunteers?cursor=garbage')).body.code).toBe('INVALID_CURSOR');
  });

  it('filters by part of the name and by skill', async () => {
    await volunteers.http.post(
      '/api/volunteers',
      aVolunteer({ name: '欧阳明月', skills: ['心理疏导', '摄影'] }),
    );
    await volunteers.http.post('/api/volunteers', aVolunteer({ name: '欧阳清风', skills: ['摄影'] }));
    await volunteers.http.post('/api/volunteers', aVolunteer({ name: '司马明', skills: ['心理疏导辅助'] }));

    const byName = await volunteers.http.get(`/api/volunteers?q=${encodeURIComponent('欧阳')}`);
    expect(byName.body.items.map((v: { name: string }) => v.name)).toEqual(['欧阳清风', '欧阳明月']);

    // A skill matches whole, not as part of a longer skill.
    const bySkill = await volunteers.http.get(`/api/volunteers?skill=${encodeURIComponent('心理疏导')}`);
    expect(bySkill.body.items.map((v: { name: string }) => v.name)).toEqual(['欧阳明月']);

    const both = await volunteers.http.get(
      `/api/volunteers?q=${encodeURIComponent('明')}&skill=${encodeURIComponent('摄影')}`,
    );
    expect(both.body.items.map((v: { name: string }) => v.name)).toEqual(['欧阳明月']);

    // LIKE wildcards in q are taken literally.
    expect((await volunteers.http.get('/api/volunteers?q=%25')).body.items).toEqual([]);
  });
});
