import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { DataSource } from 'typeorm';
import { counsellingService } from '../src/counselling.service-definition';

const NOTE = '本次活动气氛较好，赵一鸣分享了应对烟瘾的方法，需关注其睡眠问题。';

describe('counselling: confidential notes', () => {
  let counselling: TestService;
  let counsellor: HttpClient;
  let programmeId: string;
  const as = async (role: Parameters<typeof principal>[0]) =>
    counselling.http.withToken(await tokenFor(principal(role)));

  beforeAll(async () => {
    counselling = await startTestService(counsellingService);
    counsellor = counselling.http.withToken(
      await tokenFor(principal('counsellor', { displayName: '李老师' })),
    );
    programmeId = (
      await counsellor.post('/api/programmes', {
        title: '玩偶格子沙龙',
        kind: 'sand_tray_salon',
        capacity: 10,
        startsOn: '2026-10-15',
        endsOn: '2026-12-15',
      })
    ).body.id;
  });
  afterAll(() => counselling.close());

  it('stores a note encrypted, lets the programme’s counsellor read it (audited), shows admins only that it exists', async () => {
    const written = await counsellor.post(`/api/programmes/${programmeId}/notes`, { body: NOTE });
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ body: NOTE, contentVisible: true, authorName: '李老师' });

    const [row] = await counselling.app
      .get(DataSource)
      .query<{ body: string; key_id: string }[]>('SELECT body, key_id FROM notes WHERE id = ?', [
        written.body.id,
      ]);
    expect(row.body).toMatch(/^v1\.dev\./);
    expect(row.body).not.toContain('赵一鸣');
    expect(row.key_id).toBe('dev');

    const read = await counsellor.get(`/api/programmes/${programmeId}/notes/${written.body.id}`);
    expect(read.body.body).toBe(NOTE);
    const audited = await counselling.app
      .get(DataSource)
      .query<{ n: string }[]>(
        "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'note.read' AND record_id = ?",
        [written.body.id],
      );
    expect(Number(audited[0].n)).toBe(1);

    const correction = await counsellor.post(`/api/programmes/${programmeId}/notes`, {
      body: '更正：应为林晓雨分享了方法。',
      correctsId: written.body.id,
    });
    expect(correction.body.correctsId).toBe(written.body.id);
    const all = await counsellor.get(`/api/programmes/${programmeId}/notes`);
    expect(all.body.map((n: { body: string }) => n.body)).toEqual([NOTE, '更正：应为林晓雨分享了方法。']);

    const admin = await (await as('admin')).get(`/api/programmes/${programmeId}/notes`);
    expect(admin.status).toBe(200);
    expect(admin.body).toHaveLength(2);
    expect(
      admin.body.every((n: { body: null; contentVisible: boolean }) => n.body === null && !n.contentVisible),
    ).toBe(true);
    expect(
      (await (await as('admin')).get(`/api/programmes/${programmeId}/notes/${written.body.id}`)).body.body,
    ).toBeNull();
    expect(
      (await (await as('admin')).post(`/api/programmes/${programmeId}/notes`, { body: 'x' })).status,
    ).toBe(403);
  });

  it('is a 404 for a counsellor of another programme (audited as denied), 403 for coordinators and volunteers', async () => {
    const other = await as('counsellor');
    const denied = await other.get(`/api/programmes/${programmeId}/notes`);
    expect(denied.status).toBe(404);
    expect(denied.body.code).toBe('PROGRAMME_NOT_FOUND');
    const audit = await counselling.app
      .get(DataSource)
      .query<{ n: string }[]>(
        "SELECT COUNT(*) AS n FROM audit_events WHERE outcome = 'denied' AND action = 'note.list' AND record_id = ?",
        [programmeId],
      );
    expect(Number(audit[0].n)).toBe(1);
    expect((await (await as('coordinator')).get(`/api/programmes/${programmeId}/notes`)).status).toBe(403);
    expect((await (await as('coordinator')).get(`/api/programmes/${programmeId}`)).status).toBe(403);
    expect((await (await as('volunteer')).get(`/api/programmes/${programmeId}/notes`)).status).toBe(403);
  });
});
