import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { volunteersService } from '../src/volunteers.service-definition';
import { VolunteersFixture } from './fixtures';

describe('volunteers: teams, leaders and members', () => {
  let service: TestService;
  let fx: VolunteersFixture;
  let coordinator: HttpClient;

  beforeAll(async () => {
    service = await startTestService(volunteersService);
    fx = await VolunteersFixture.start(service);
    coordinator = fx.coordinator;
  });
  afterAll(() => service.close());

  it('creates, reads, renames and lists teams; names are unique', async () => {
    const created = await coordinator.post('/api/teams', {
      name: ' 消防安全志愿服务队 ',
      description: '校园与社区消防宣传',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: '消防安全志愿服务队',
      description: '校园与社区消防宣传',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const again = await coordinator.post('/api/teams', { name: '消防安全志愿服务队' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('TEAM_NAME_TAKEN');

    const other = await coordinator.post('/api/teams', { name: '宣讲团' });
    const renamed = await coordinator.patch(`/api/teams/${other.body.id}`, { name: '青年宣讲团' });
    expect(renamed.body.name).toBe('青年宣讲团');
    const clash = await coordinator.patch(`/api/teams/${other.body.id}`, { name: '消防安全志愿服务队' });
    expect(clash.status).toBe(409);

    const listed = await coordinator.get(`/api/teams?q=${encodeURIComponent('宣讲')}`);
    expect(listed.body.items.map((t: { name: string }) => t.name)).toEqual(['青年宣讲团']);
    expect((await coordinator.get('/api/teams/01900000-0000-7000-8000-000000000000')).body.code).toBe(
      'TEAM_NOT_FOUND',
    );
    expect((await coordinator.post('/api/teams', { name: '' })).status).toBe(400);
  });

  it('adds leaders and members, changes roles, removes members', async () => {
    const team = await fx.team('党员先锋服务队');
    const lead = await fx.volunteer({ name: '队长甲' });
    const member = await fx.volunteer({ name: '队员乙' });

    const added = await coordinator.request('PUT', `/api/teams/${team}/members/${lead}`, { role: 'leader' });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ volunteerId: lead, role: 'leader', name: '队长甲' });
    await fx.join(team, member);
    await fx.join(team, member, 'leader');
    await fx.join(team, member, 'member');

    const members = await coordinator.get(`/api/teams/${team}/members`);
    expect(members.body.items.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['队员乙', 'member'],
      ['队长甲', 'leader'],
    ]);
    const leaders = await coordinator.get(`/api/teams/${team}/members?role=leader`);
    expect(leaders.body.items.map((m: { volunteerId: string }) => m.volunteerId)).toEqual([lead]);

    const unknown = await coordinator.request(
      'PUT',
      `/api/teams/${team}/members/01900000-0000-7000-8000-000000000000`,
      { role: 'member' },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('VOLUNTEER_NOT_FOUND');
    expect(
      (await coordinator.request('PUT', `/api/teams/${team}/members/${member}`, { role: 'boss' })).status,
    ).toBe(400);

    expect((await coordinator.delete(`/api/teams/${team}/members/${member}`)).status).toBe(204);
    const gone = await coordinator.delete(`/api/teams/${team}/members/${member}`);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('TEAM_MEMBER_NOT_FOUND');
  });

  it('lets a volunteer see their teams, and a leader (only) the members of the team they lead', async () => {
    const fire = await fx.team();
    const talk = await fx.team();
    const lead = await fx.volunteer();
    const member = await fx.volunteer();
    const outsider = await fx.volunteer();
    await fx.join(fire, lead, 'leader');
    await fx.join(fire, member);
    await fx.join(talk, lead);
    await fx.join(talk, member);

    const asLead = await fx.as(lead);
    const asMember = await fx.as(member);
    const asOutsider = await fx.as(outsider);

    expect((await asLead.get('/api/teams')).body.items.map((t: { id: string }) => t.id).sort()).toEqual(
      [fire, talk].sort(),
    );
    expect((await asOutsider.get('/api/teams')).body.items).toEqual([]);
    expect((await asOutsider.get(`/api/teams/${fire}`)).status).toBe(404);
    expect((await asMember.get(`/api/teams/${fire}`)).status).toBe(200);

    const seen = await asLead.get(`/api/teams/${fire}/members`);
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((m: { volunteerId: string }) => m.volunteerId).sort()).toEqual(
      [lead, member].sort(),
    );
    expect(seen.body.items[0]).toHaveProperty('mobile');

    // Leading one team says nothing about another the leader merely belongs to.
    const notLed = await asLead.get(`/api/teams/${talk}/members`);
    expect(notLed.status).toBe(404);
    expect(notLed.body.code).toBe('TEAM_NOT_FOUND');
    expect((await asMember.get(`/api/teams/${fire}/members`)).status).toBe(404);

    // Leaders do not manage membership: that stays with coordinators.
    expect(
      (await asLead.request('PUT', `/api/teams/${fire}/members/${outsider}`, { role: 'member' })).status,
    ).toBe(403);
    expect((await asLead.patch(`/api/teams/${fire}`, { name: '改名' })).status).toBe(403);

    // Leadership is read from the database on each request: a new leader needs no new token.
    await fx.join(talk, member, 'leader');
    expect((await asMember.get(`/api/teams/${talk}/members`)).status).toBe(200);
  });

  it('is closed to partners and counsellors', async () => {
    const team = await fx.team();
    for (const role of ['partner', 'counsellor'] as const) {
      const client = service.http.withToken(await tokenFor(principal(role)));
      expect((await client.get(`/api/teams/${team}`)).status).toBe(403);
    }
  });

  it('filters volunteers by team', async () => {
    const team = await fx.team();
    const inTeam = await fx.volunteer();
    await fx.volunteer();
    await fx.join(team, inTeam);
    const found = await coordinator.get(`/api/volunteers?teamId=${team}`);
    expect(found.body.items.map((v: { id: string }) => v.id)).toEqual([inTeam]);
  });
});
