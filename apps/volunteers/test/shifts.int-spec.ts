import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { volunteersService } from '../src/volunteers.service-definition';
import { at, onDay, VolunteersFixture } from './fixtures';

describe('volunteers: shifts', () => {
  let service: TestService;
  let fx: VolunteersFixture;
  let coordinator: HttpClient;

  beforeAll(async () => {
    service = await startTestService(volunteersService);
    fx = await VolunteersFixture.start(service);
    coordinator = fx.coordinator;
  });
  afterAll(() => service.close());

  it('creates a shift with every field and reads it back', async () => {
    const team = await fx.team('消防安全志愿服务队');
    const created = await coordinator.post('/api/shifts', {
      title: ' 社区消防安全宣传 ',
      description: '入户发放宣传册，讲解灭火器使用',
      location: {
        venue: '南山社区服务中心',
        address: '烟台市芝罘区南山路 12 号',
        latitude: 37.5297,
        longitude: 121.3918,
      },
      startsAt: '2030-09-08T09:00:00+08:00',
      endsAt: '2030-09-08T12:00:00+08:00',
      capacity: 3,
      requiredSkills: ['急救', ' 急救 '],
      requiredCertifications: ['消防安全'],
      teamId: team,
      opensAt: '2030-09-01T08:00:00+08:00',
      closesAt: '2030-09-07T18:00:00+08:00',
      signUpMode: 'approval',
      waitlistPromotion: 'offer',
      offerClaimMinutes: 120,
      cancellationCutoffHours: 48,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      title: '社区消防安全宣传',
      description: '入户发放宣传册，讲解灭火器使用',
      location: {
        venue: '南山社区服务中心',
        address: '烟台市芝罘区南山路 12 号',
        latitude: 37.5297,
        longitude: 121.3918,
      },
      startsAt: '2030-09-08T01:00:00.000Z',
      endsAt: '2030-09-08T04:00:00.000Z',
      capacity: 3,
      seatsTaken: 0,
      seatsLeft: 3,
      requiredSkills: ['急救'],
      requiredCertifications: ['消防安全'],
      teamId: team,
      opensAt: '2030-09-01T00:00:00.000Z',
      closesAt: '2030-09-07T10:00:00.000Z',
      signUpMode: 'approval',
      waitlistPromotion: 'offer',
      offerClaimMinutes: 120,
      cancellationCutoffHours: 48,
      status: 'open',
      cancelReason: null,
      source: { type: 'manual', id: null },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await coordinator.get(`/api/shifts/${created.body.id}`)).body).toEqual(created.body);

    const plain = await coordinator.get(`/api/shifts/${await fx.shift()}`);
    expect(plain.body).toMatchObject({
      teamId: null,
      signUpMode: 'auto',
      waitlistPromotion: 'auto',
      requiredSkills: [],
      requiredCertifications: [],
      opensAt: null,
      closesAt: null,
    });
  });

  it.each([
    ['no offset', { startsAt: '2030-09-08T09:00:00' }, 400, 'VALIDATION_FAILED', ['startsAt']],
    ['ends before it starts', { endsAt: '2030-09-08T08:00:00+08:00' }, 400, 'VALIDATION_FAILED', ['endsAt']],
    ['lasts 25 hours', { endsAt: '2030-09-09T10:00:00+08:00' }, 400, 'SHIFT_SCHEDULE_INVALID', ['endsAt']],
    [
      'closes after the end',
      { closesAt: '2030-09-08T13:00:00+08:00' },
      400,
      'SHIFT_SCHEDULE_INVALID',
      ['closesAt'],
    ],
    [
      'a latitude alone',
      { location: { venue: '社区', latitude: 37.5 } },
      400,
      'VALIDATION_FAILED',
      ['location.longitude'],
    ],
    ['no places', { capacity: 0 }, 400, 'VALIDATION_FAILED', ['capacity']],
    [
      'an unknown team',
      { teamId: '01900000-0000-7000-8000-000000000000' },
      422,
      'SHIFT_TEAM_UNKNOWN',
      undefined,
    ],
  ])('refuses a shift with %s', async (_name, overrides, status, code, fields) => {
    const response = await coordinator.post('/api/shifts', {
      title: '测试',
      location: { venue: '社区' },
      startsAt: '2030-09-08T09:00:00+08:00',
      endsAt: '2030-09-08T12:00:00+08:00',
      capacity: 3,
      ...overrides,
    });
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    if (fields) expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(fields);
  });

  it('changes a shift, keeps seats below capacity, closes, reopens and cancels it', async () => {
    const id = await fx.shift({ capacity: 5 });
    const changed = await coordinator.patch(`/api/shifts/${id}`, {
      title: '社区消防演练',
      capacity: 4,
      startsAt: at(8, '14:00'),
      endsAt: at(8, '17:00'),
      location: { venue: '北山社区' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      title: '社区消防演练',
      capacity: 4,
      location: { venue: '北山社区', address: null },
    });
    expect(Date.parse(changed.body.startsAt)).toBe(Date.parse(at(8, '14:00')));

    const backwards = await coordinator.patch(`/api/shifts/${id}`, { endsAt: at(8, '13:00') });
    expect(backwards.status).toBe(400);
    expect(backwards.body.code).toBe('SHIFT_SCHEDULE_INVALID');
    expect((await coordinator.patch(`/api/shifts/${id}`, { title: null })).status).toBe(400);

    expect((await coordinator.patch(`/api/shifts/${id}`, { status: 'closed' })).body.status).toBe('closed');
    expect((await coordinator.patch(`/api/shifts/${id}`, { status: 'open' })).body.status).toBe('open');

    const cancelled = await coordinator.post(`/api/shifts/${id}/cancel`, { reason: '台风预警' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '台风预警' });
    expect((await coordinator.post(`/api/shifts/${id}/cancel`, { reason: '再次' })).body.cancelReason).toBe(
      '台风预警',
    );
    const frozen = await coordinator.patch(`/api/shifts/${id}`, { status: 'open' });
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('SHIFT_NOT_EDITABLE');
    expect((await coordinator.post(`/api/shifts/${id}/cancel`, {})).status).toBe(400);
  });

  it('lets a team leader manage only the shifts of the team they lead', async () => {
    const fire = await fx.team();
    const talk = await fx.team();
    const leader = await fx.volunteer();
    const member = await fx.volunteer();
    await fx.join(fire, leader, 'leader');
    await fx.join(talk, leader);
    await fx.join(fire, member);
    const asLeader = await fx.as(leader);
    const asMember = await fx.as(member);

    const own = await fx.shift({ teamId: fire }, asLeader);
    expect((await asLeader.patch(`/api/shifts/${own}`, { capacity: 6 })).body.capacity).toBe(6);

    for (const teamId of [talk, undefined]) {
      const refused = await asLeader.post('/api/shifts', {
        title: '越权',
        location: { venue: '社区' },
        startsAt: at(5, '09:00'),
        endsAt: at(5, '10:00'),
        capacity: 2,
        ...(teamId ? { teamId } : {}),
      });
      expect({ status: refused.status, code: refused.body.code }).toEqual({
        status: 403,
        code: 'SHIFT_MANAGE_FORBIDDEN',
      });
    }

    // A shift open to everyone: the leader sees it but may not change it (403).
    const open = await fx.shift();
    const notTheirs = await asLeader.patch(`/api/shifts/${open}`, { capacity: 9 });
    expect({ status: notTheirs.status, code: notTheirs.body.code }).toEqual({
      status: 403,
      code: 'SHIFT_MANAGE_FORBIDDEN',
    });
    // Another team's shift: it does not exist for them (404), changing or reading it.
    const otherTeam = await fx.team();
    const hidden = await fx.shift({ teamId: otherTeam });
    expect((await asLeader.patch(`/api/shifts/${hidden}`, { capacity: 9 })).status).toBe(404);
    expect((await asLeader.get(`/api/shifts/${hidden}`)).body.code).toBe('SHIFT_NOT_FOUND');
    expect((await asLeader.post(`/api/shifts/${hidden}/cancel`, { reason: 'x' })).status).toBe(404);

    // A member of the team sees its shift but does not manage it.
    expect((await asMember.get(`/api/shifts/${own}`)).status).toBe(200);
    expect((await asMember.patch(`/api/shifts/${own}`, { capacity: 1 })).status).toBe(403);
    expect((await asMember.post(`/api/shifts/${own}/cancel`, { reason: '不想去' })).status).toBe(403);
    expect((await asLeader.post(`/api/shifts/${own}/cancel`, { reason: '场地冲突' })).body.status).toBe(
      'cancelled',
    );

    const partner = service.http.withToken(await tokenFor(principal('partner')));
    expect((await partner.get(`/api/shifts/${open}`)).status).toBe(403);
  });

  it('lists soonest first, page by page, and a volunteer sees only what is open to them', async () => {
    const team = await fx.team();
    const other = await fx.team();
    const me = await fx.volunteer();
    await fx.join(team, me);
    const tag = `排序${Date.now()}`;
    const third = await fx.shift({ title: `${tag}3`, startsAt: at(20, '09:00'), endsAt: at(20, '10:00') });
    const first = await fx.shift({
      title: `${tag}1`,
      startsAt: at(18, '09:00'),
      endsAt: at(18, '10:00'),
      teamId: team,
    });
    const second = await fx.shift({ title: `${tag}2`, startsAt: at(19, '09:00'), endsAt: at(19, '10:00') });
    await fx.shift({ title: `${tag}x`, startsAt: at(18, '08:00'), endsAt: at(18, '10:00'), teamId: other });

    const from = encodeURIComponent(at(18, '00:00'));
    const to = encodeURIComponent(at(21, '00:00'));
    const asMe = await fx.as(me);
    const page1 = await asMe.get(`/api/shifts?from=${from}&to=${to}&limit=2`);
    expect(page1.body.items.map((s: { id: string }) => s.id)).toEqual([first, second]);
    const page2 = await asMe.get(`/api/shifts?from=${from}&to=${to}&limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((s: { id: string }) => s.id)).toEqual([third]);
    expect(page2.body.nextCursor).toBeNull();

    const all = await coordinator.get(`/api/shifts?from=${from}&to=${to}&limit=100`);
    expect(all.body.items).toHaveLength(4);
    const byTeam = await coordinator.get(`/api/shifts?teamId=${team}`);
    expect(byTeam.body.items.map((s: { id: string }) => s.id)).toEqual([first]);
    expect((await coordinator.get('/api/shifts?sourceType=manual&limit=1')).body.items).toHaveLength(1);
    expect((await coordinator.get('/api/shifts?sourceType=partner_event')).body.items).toEqual([]);
  });

  it('lists shifts not yet ended by default, soonest first; ended ones only with when=past, latest first', async () => {
    const team = await fx.team();
    const me = await fx.volunteer();
    await fx.join(team, me);
    const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const shift = (startsIn: number, endsIn: number) =>
      fx.shift({ teamId: team, startsAt: hoursFromNow(startsIn), endsAt: hoursFromNow(endsIn) });
    // Made out of order, so the order comes from the query.
    const later = await shift(48, 50);
    const lastWeek = await shift(-170, -168);
    const running = await shift(-1, 1);
    const endedAnHourAgo = await shift(-4, -1);
    const tomorrow = await shift(24, 26);
    const cancelledYesterday = await shift(-26, -24);
    expect(
      (await coordinator.post(`/api/shifts/${cancelledYesterday}/cancel`, { reason: '下雨' })).status,
    ).toBe(200);

    const list = async (query: string) => {
      const response = await coordinator.get(`/api/shifts?teamId=${team}&limit=100${query}`);
      expect(response.status).toBe(200);
      return (response.body.items as { id: string; status: string }[]).map((s) => [s.id, s.status]);
    };
    expect(await list('')).toEqual([
      [running, 'open'],
      [tomorrow, 'open'],
      [later, 'open'],
    ]);
    expect(await list('&when=upcoming')).toEqual(await list(''));
    expect(await list('&when=past')).toEqual([
      [endedAnHourAgo, 'completed'],
      [cancelledYesterday, 'cancelled'],
      [lastWeek, 'completed'],
    ]);
    expect((await list('&when=all')).map(([id]) => id)).toEqual([
      lastWeek,
      cancelledYesterday,
      endedAnHourAgo,
      running,
      tomorrow,
      later,
    ]);
    // The status filter means the status as shown.
    expect(await list('&when=all&status=completed')).toEqual([
      [lastWeek, 'completed'],
      [endedAnHourAgo, 'completed'],
    ]);
    expect((await list('&when=all&status=open')).map(([id]) => id)).toEqual([running, tomorrow, later]);
    expect((await coordinator.get('/api/shifts?when=soon')).status).toBe(400);

    // Ended ones page latest first, like the first page.
    const asMe = await fx.as(me);
    const page1 = await asMe.get(`/api/shifts?teamId=${team}&when=past&limit=2`);
    expect(page1.body.items.map((s: { id: string }) => s.id)).toEqual([endedAnHourAgo, cancelledYesterday]);
    const page2 = await asMe.get(
      `/api/shifts?teamId=${team}&when=past&limit=2&cursor=${page1.body.nextCursor}`,
    );
    expect(page2.body).toEqual({ items: [expect.objectContaining({ id: lastWeek })], nextCursor: null });

    // Nobody marked it completed, yet it shows so everywhere, and it takes no sign-ups.
    expect((await asMe.get(`/api/shifts/${endedAnHourAgo}`)).body.status).toBe('completed');
    const signUp = await asMe.post(`/api/shifts/${endedAnHourAgo}/signups`, {});
    expect(signUp.status).toBe(422);
    expect(signUp.body).toMatchObject({
      code: 'SHIFT_OVER',
      message: expect.stringMatching(/^This shift ended at .+\+08:00 and takes no more sign-ups\.$/),
      details: { status: 'completed', endsAt: expect.any(String) },
    });
    const assigned = await coordinator.post(`/api/shifts/${endedAnHourAgo}/signups`, { volunteerId: me });
    expect(assigned.status).toBe(422);
    expect(assigned.body.code).toBe('SHIFT_OVER');
    // The one still running takes a coordinator's assignment (its sign-up window closed at the start).
    expect((await coordinator.post(`/api/shifts/${running}/signups`, { volunteerId: me })).status).toBe(201);
    const mine = await asMe.get('/api/volunteers/me/assignments?when=upcoming');
    expect(mine.body.items).toMatchObject([{ shift: { id: running, status: 'open' } }]);
  });

  it('lists the upcoming open shifts that fit me: skills, certifications valid on the day, my teams', async () => {
    const team = await fx.team();
    const me = await fx.volunteer({ skills: ['急救', '手语'] });
    await fx.join(team, me);
    await fx.certify(me, '消防安全', '2020-01-01', onDay(30));
    const tag = `适合${Date.now()}`;
    const shift = (suffix: string, overrides: Record<string, unknown> = {}) =>
      fx.shift({
        title: `${tag}${suffix}`,
        startsAt: at(10, '09:00'),
        endsAt: at(10, '12:00'),
        ...overrides,
      });

    const plain = await shift('无要求');
    const skilled = await shift('急救', { requiredSkills: ['急救'] });
    const certified = await shift('消防', { requiredSkills: ['手语'], requiredCertifications: ['消防安全'] });
    const teamOnly = await shift('本队', { teamId: team });
    await shift('缺技能', { requiredSkills: ['急救', '摄影'] });
    await shift('证书过期', {
      requiredCertifications: ['消防安全'],
      startsAt: at(31, '09:00'),
      endsAt: at(31, '12:00'),
    });
    await shift('缺证书', { requiredCertifications: ['急救证'] });
    await shift('他队', { teamId: await fx.team() });
    const closed = await shift('已关闭');
    await coordinator.patch(`/api/shifts/${closed}`, { status: 'closed' });
    await shift('报名截止', { closesAt: at(0, '00:00') });
    await shift('已开始', { startsAt: at(0, '00:00'), endsAt: at(0, '01:00') });

    const asMe = await fx.as(me);
    const fits = await asMe.get(`/api/shifts?fits=me&limit=100`);
    expect(fits.status).toBe(200);
    const mine = fits.body.items.filter((s: { title: string }) => s.title.startsWith(tag));
    expect(mine.map((s: { id: string }) => s.id).sort()).toEqual(
      [plain, skilled, certified, teamOnly].sort(),
    );

    const noProfile = await coordinator.get('/api/shifts?fits=me');
    expect(noProfile.status).toBe(400);
    expect(noProfile.body.code).toBe('SHIFT_FIT_NEEDS_VOLUNTEER');
  });
});
