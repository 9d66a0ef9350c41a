import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { DataSource } from 'typeorm';
import { WaitlistSweep } from '../src/signups/waitlist-sweep.service';
import { volunteersService } from '../src/volunteers.service-definition';
import { at, VolunteersFixture } from './fixtures';

const FIRE = '消防安全';

describe('volunteers: sign-ups, the waitlist and assignments', () => {
  let service: TestService;
  let fx: VolunteersFixture;
  let coordinator: HttpClient;
  let db: DataSource;

  beforeAll(async () => {
    service = await startTestService(volunteersService, { WAITLIST_SWEEP_INTERVAL_MS: '0' });
    fx = await VolunteersFixture.start(service);
    coordinator = fx.coordinator;
    db = service.app.get(DataSource);
  });
  afterAll(() => service.close());

  const notifications = async (volunteerId: string) =>
    await db.query<{ kind: string; shiftId: string }[]>(
      'SELECT kind, shift_id AS shiftId FROM notifications WHERE volunteer_id = ? ORDER BY id',
      [volunteerId],
    );
  const auditActions = async (recordId: string) =>
    (
      await db.query<
        {
          action: string;
        }[]
      >('SELECT action FROM audit_events WHERE record_id = ? ORDER BY id', [recordId])
    ).map((r) => r.action);

  /** A volunteer holding a valid fire-safety certificate, and a client acting as them. */
  async function certified(name: string): Promise<{ id: string; client: HttpClient }> {
    const id = await fx.volunteer({ name });
    await fx.certify(id, FIRE, '2025-01-01', '2099-12-31');
    return { id, client: await fx.as(id) };
  }

  it('a shift of 3 places needing a fire-safety certificate: 422 without it, one waitlisted, promoted on a cancellation', async () => {
    const shift = await fx.shift({ title: '社区消防安全宣传', capacity: 3, requiredCertifications: [FIRE] });
    const [a, b, c, d] = await Promise.all(['甲', '乙', '丙', '丁'].map((n) => certified(n)));
    const uncertified = await fx.as(await fx.volunteer({ name: '无证' }));

    const refused = await uncertified.post(`/api/shifts/${shift}/signups`, {});
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'SIGNUP_REQUIREMENTS_MISSING',
      details: { skills: [], certifications: [FIRE], team: null },
    });
    expect(refused.body.message).toContain(FIRE);

    const statuses: string[] = [];
    for (const v of [a, b, c, d]) {
      const response = await v.client.post(`/api/shifts/${shift}/signups`, {});
      expect(response.status).toBe(201);
      statuses.push(response.body.status);
    }
    expect(statuses).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
    const waiting = await d.client.get(`/api/shifts/${shift}/signups/me`);
    expect(waiting.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, volunteerId: d.id });

    const again = await a.client.post(`/api/shifts/${shift}/signups`, {});
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('confirmed');
    expect((await coordinator.get(`/api/shifts/${shift}`)).body).toMatchObject({
      seatsTaken: 3,
      seatsLeft: 0,
      status: 'full',
    });

    const cancelled = await b.client.delete(`/api/shifts/${shift}/signups/me`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');

    const promoted = await d.client.get(`/api/shifts/${shift}/signups/me`);
    expect(promoted.body).toMatchObject({ status: 'confirmed', waitlistPosition: null });
    expect(await notifications(d.id)).toEqual([{ kind: 'waitlist_promoted', shiftId: shift }]);
    expect(await notifications(b.id)).toEqual([]);
    expect((await coordinator.get(`/api/shifts/${shift}`)).body).toMatchObject({
      seatsTaken: 3,
      status: 'full',
    });
    expect(await auditActions(promoted.body.id)).toEqual(['signup.created', 'signup.promoted']);
    expect(await auditActions(cancelled.body.id)).toEqual(['signup.created', 'signup.cancelled']);

    const roster = await coordinator.get(`/api/shifts/${shift}/signups?limit=100`);
    expect(
      roster.body.items.map((s: { volunteer: { name: string }; status: string }) => [
        s.volunteer.name,
        s.status,
      ]),
    ).toEqual([
      ['丁', 'confirmed'],
      ['丙', 'confirmed'],
      ['乙', 'cancelled'],
      ['甲', 'confirmed'],
    ]);
  });

  it('refuses two overlapping confirmed shifts (409 naming the other) unless a coordinator overrides with a reason', async () => {
    const me = await fx.volunteer({ name: '重叠' });
    const client = await fx.as(me);
    const morning = await fx.shift({ title: '上午场', startsAt: at(9, '09:00'), endsAt: at(9, '12:00') });
    const lunch = await fx.shift({ title: '午间场', startsAt: at(9, '11:00'), endsAt: at(9, '13:00') });
    const afternoon = await fx.shift({ title: '下午场', startsAt: at(9, '12:00'), endsAt: at(9, '15:00') });
    expect((await client.post(`/api/shifts/${morning}/signups`, {})).body.status).toBe('confirmed');

    const clash = await client.post(`/api/shifts/${lunch}/signups`, {});
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('SHIFT_OVERLAP');
    expect(clash.body.details.shifts).toEqual([
      { id: morning, title: '上午场', startsAt: expect.any(String), endsAt: expect.any(String) },
    ]);
    // Back to back is not an overlap.
    expect((await client.post(`/api/shifts/${afternoon}/signups`, {})).status).toBe(201);

    expect(
      (await client.post(`/api/shifts/${lunch}/signups`, { override: true, reason: '我能兼顾' })).status,
    ).toBe(403);
    const noReason = await coordinator.post(`/api/shifts/${lunch}/signups`, {
      volunteerId: me,
      override: true,
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details.map((d: { field: string }) => d.field)).toEqual(['reason']);
    const assignedWithoutOverride = await coordinator.post(`/api/shifts/${lunch}/signups`, {
      volunteerId: me,
    });
    expect(assignedWithoutOverride.status).toBe(409);

    const overridden = await coordinator.post(`/api/shifts/${lunch}/signups`, {
      volunteerId: me,
      override: true,
      reason: '午间场只需签到半小时',
    });
    expect(overridden.status).toBe(201);
    expect(overridden.body).toMatchObject({
      status: 'confirmed',
      assigned: true,
      overrideReason: '午间场只需签到半小时',
    });
    expect(await auditActions(overridden.body.id)).toEqual(['signup.assigned', 'signup.overlap_overridden']);
  });

  it('keeps to the sign-up window (422 SIGNUP_WINDOW_CLOSED) except for coordinators filling gaps', async () => {
    const me = await fx.as(await fx.volunteer());
    const notYet = await fx.shift({ opensAt: at(3, '08:00') });
    const closed = await fx.shift({ opensAt: at(-3, '08:00'), closesAt: at(-1, '08:00') });
    const tooEarly = await me.post(`/api/shifts/${notYet}/signups`, {});
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body).toMatchObject({
      code: 'SIGNUP_WINDOW_CLOSED',
      details: { opensAt: expect.any(String) },
    });
    const tooLate = await me.post(`/api/shifts/${closed}/signups`, {});
    expect(tooLate.status).toBe(422);
    expect(tooLate.body.code).toBe('SIGNUP_WINDOW_CLOSED');

    const someone = await fx.volunteer();
    expect((await coordinator.post(`/api/shifts/${closed}/signups`, { volunteerId: someone })).status).toBe(
      201,
    );

    const stopped = await fx.shift();
    await coordinator.patch(`/api/shifts/${stopped}`, { status: 'closed' });
    const notOpen = await me.post(`/api/shifts/${stopped}/signups`, {});
    expect(notOpen.status).toBe(422);
    expect(notOpen.body).toMatchObject({ code: 'SHIFT_NOT_OPEN', details: { status: 'closed' } });
  });

  it('lets a volunteer cancel a confirmed seat only until the cut-off (422 after); coordinators at any time', async () => {
    const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const soon = await fx.shift({
      capacity: 1,
      startsAt: inHours(2),
      endsAt: inHours(3),
      cancellationCutoffHours: 48,
    });
    const firstId = await fx.volunteer();
    const first = await fx.as(firstId);
    const second = await fx.as(await fx.volunteer());
    const seat = await first.post(`/api/shifts/${soon}/signups`, {});
    expect(seat.body.status).toBe('confirmed');
    expect((await second.post(`/api/shifts/${soon}/signups`, {})).body.status).toBe('waitlisted');

    const late = await first.delete(`/api/shifts/${soon}/signups/me`);
    expect(late.status).toBe(422);
    expect(late.body).toMatchObject({
      code: 'CANCELLATION_CUTOFF_PASSED',
      details: { deadline: expect.any(String), cancellationCutoffHours: 48 },
    });
    expect((await first.delete(`/api/shifts/${soon}/signups/${seat.body.id}`)).status).toBe(422);

    // Leaving the waitlist holds no seat, so the cut-off does not apply.
    expect((await second.delete(`/api/shifts/${soon}/signups/me`)).body.status).toBe('cancelled');
    expect((await second.delete(`/api/shifts/${soon}/signups/me`)).status).toBe(200);

    const byCoordinator = await coordinator.delete(`/api/shifts/${soon}/signups/${seat.body.id}`);
    expect(byCoordinator.status).toBe(200);
    expect(byCoordinator.body.status).toBe('cancelled');
    expect(await auditActions(seat.body.id)).toEqual(['signup.created', 'signup.cancelled']);

    // Signing up again after cancelling reuses the sign-up.
    const back = await first.post(`/api/shifts/${soon}/signups`, {});
    expect(back.status).toBe(201);
    expect(back.body).toMatchObject({ id: seat.body.id, status: 'confirmed', cancelledAt: null });
  });

  it('approval mode: pending until a coordinator or the team leader approves; approval takes a seat or the waitlist', async () => {
    const team = await fx.team();
    const leaderId = await fx.volunteer();
    const plainId = await fx.volunteer();
    await fx.join(team, leaderId, 'leader');
    await fx.join(team, plainId);
    const leader = await fx.as(leaderId);
    const plain = await fx.as(plainId);
    const shift = await fx.shift({ capacity: 1, teamId: team, signUpMode: 'approval' });
    const outsider = await fx.as(await fx.volunteer());
    expect((await outsider.post(`/api/shifts/${shift}/signups`, {})).status).toBe(404);

    const members = await Promise.all([1, 2, 3].map(() => fx.volunteer()));
    for (const id of members) await fx.join(team, id);
    const pending = [];
    for (const id of members) {
      const response = await (await fx.as(id)).post(`/api/shifts/${shift}/signups`, {});
      expect(response.body.status).toBe('pending');
      pending.push(response.body.id as string);
    }
    expect((await coordinator.get(`/api/shifts/${shift}`)).body.seatsTaken).toBe(0);

    expect((await plain.post(`/api/shifts/${shift}/signups/${pending[0]}/approve`, {})).status).toBe(403);
    const first = await leader.post(`/api/shifts/${shift}/signups/${pending[0]}/approve`, {});
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('confirmed');
    const second = await coordinator.post(`/api/shifts/${shift}/signups/${pending[1]}/approve`, {});
    expect(second.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await leader.post(`/api/shifts/${shift}/signups/${pending[1]}/approve`, {})).status).toBe(200);

    const rejected = await leader.post(`/api/shifts/${shift}/signups/${pending[2]}/reject`, {
      reason: '人数已满',
    });
    expect(rejected.body.status).toBe('rejected');
    const approveRejected = await leader.post(`/api/shifts/${shift}/signups/${pending[2]}/approve`, {});
    expect(approveRejected.status).toBe(409);
    expect(approveRejected.body.code).toBe('SIGNUP_NOT_PENDING');
    const retry = await (await fx.as(members[2])).post(`/api/shifts/${shift}/signups`, {});
    expect(retry.status).toBe(200);
    expect(retry.body.status).toBe('rejected');
    expect(await auditActions(pending[0])).toEqual(['signup.created', 'signup.approved']);

    // A coordinator's assignment needs no approval.
    const assigned = await coordinator.post(`/api/shifts/${shift}/signups`, { volunteerId: plainId });
    expect(assigned.body.status).toBe('waitlisted');
  });

  it('offers a freed seat with a deadline; the offer is claimed, or passes on when it runs out', async () => {
    const shift = await fx.shift({ capacity: 1, waitlistPromotion: 'offer', offerClaimMinutes: 60 });
    const ids = await Promise.all([1, 2, 3, 4].map(() => fx.volunteer()));
    const [holder, next, after, last] = await Promise.all(ids.map((id) => fx.as(id)));
    for (const client of [holder, next, after, last]) await client.post(`/api/shifts/${shift}/signups`, {});

    await holder.delete(`/api/shifts/${shift}/signups/me`);
    const offered = await next.get(`/api/shifts/${shift}/signups/me`);
    expect(offered.body.status).toBe('offered');
    const deadline = Date.parse(offered.body.offerExpiresAt);
    expect(deadline - Date.now()).toBeGreaterThan(55 * 60_000);
    expect(deadline - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    expect(await notifications(ids[1])).toEqual([{ kind: 'waitlist_offered', shiftId: shift }]);
    // The offered seat is held: nobody new gets it.
    expect((await coordinator.get(`/api/shifts/${shift}`)).body.seatsTaken).toBe(1);
    expect((await after.post(`/api/shifts/${shift}/signups/me/claim`, {})).body.code).toBe('SIGNUP_NO_OFFER');

    const claimed = await next.post(`/api/shifts/${shift}/signups/me/claim`, {});
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ status: 'confirmed', offerExpiresAt: null });
    expect((await next.post(`/api/shifts/${shift}/signups/me/claim`, {})).status).toBe(200);

    // Next offer: it runs out, and the periodic sweep passes it to the next in line.
    await next.delete(`/api/shifts/${shift}/signups/me`);
    expect((await after.get(`/api/shifts/${shift}/signups/me`)).body.status).toBe('offered');
    await db.query(
      "UPDATE shift_signups SET offer_expires_at = NOW(3) - INTERVAL 1 MINUTE WHERE status = 'offered' AND shift_id = ?",
      [shift],
    );
    expect(await service.app.get(WaitlistSweep).sweep()).toBe(1);
    expect((await after.get(`/api/shifts/${shift}/signups/me`)).body.status).toBe('expired');
    expect((await last.get(`/api/shifts/${shift}/signups/me`)).body.status).toBe('offered');
    expect((await notifications(ids[2])).map((n) => n.kind)).toEqual([
      'waitlist_offered',
      'waitlist_offer_expired',
    ]);
    expect(await service.app.get(WaitlistSweep).sweep()).toBe(0);

    // Claiming after the deadline is refused, and lets the offer go at once.
    await db.query(
      "UPDATE shift_signups SET offer_expires_at = NOW(3) - INTERVAL 1 MINUTE WHERE status = 'offered' AND shift_id = ?",
      [shift],
    );
    const tooLate = await last.post(`/api/shifts/${shift}/signups/me/claim`, {});
    expect(tooLate.status).toBe(422);
    expect(tooLate.body.code).toBe('OFFER_EXPIRED');
    expect((await last.get(`/api/shifts/${shift}/signups/me`)).body.status).toBe('expired');
    expect((await coordinator.get(`/api/shifts/${shift}`)).body).toMatchObject({
      seatsTaken: 0,
      status: 'open',
    });
  });

  it('fills new places from the waitlist at once when the capacity grows', async () => {
    const shift = await fx.shift({ capacity: 1 });
    const clients = await Promise.all([1, 2, 3].map(async () => fx.as(await fx.volunteer())));
    for (const client of clients) await client.post(`/api/shifts/${shift}/signups`, {});
    const grown = await coordinator.patch(`/api/shifts/${shift}`, { capacity: 2 });
    expect(grown.body).toMatchObject({ capacity: 2, seatsTaken: 2, status: 'full' });
    expect((await clients[1].get(`/api/shifts/${shift}/signups/me`)).body.status).toBe('confirmed');
    expect((await clients[2].get(`/api/shifts/${shift}/signups/me`)).body).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    });
    const shrink = await coordinator.patch(`/api/shifts/${shift}`, { capacity: 1 });
    expect(shrink.status).toBe(409);
    expect(shrink.body.code).toBe('SHIFT_CAPACITY_BELOW_TAKEN');
  });

  it('lets nobody see or cancel another volunteer’s sign-up or assignments (404), and leaders only their team’s', async () => {
    const mineId = await fx.volunteer();
    const theirsId = await fx.volunteer();
    const me = await fx.as(mineId);
    const them = await fx.as(theirsId);
    const shift = await fx.shift();
    const theirs = await them.post(`/api/shifts/${shift}/signups`, {});

    const read = await me.get(`/api/shifts/${shift}/signups/${theirs.body.id}`);
    expect(read.status).toBe(404);
    expect(read.body.code).toBe('SIGNUP_NOT_FOUND');
    expect((await me.delete(`/api/shifts/${shift}/signups/${theirs.body.id}`)).status).toBe(404);
    expect((await them.get(`/api/shifts/${shift}/signups/${theirs.body.id}`)).body.status).toBe('confirmed');
    expect((await me.get(`/api/shifts/${shift}/signups/me`)).body.code).toBe('SIGNUP_NOT_FOUND');
    const assignments = await me.get(`/api/volunteers/${theirsId}/assignments`);
    expect(assignments.status).toBe(404);
    expect(assignments.body.code).toBe('VOLUNTEER_NOT_FOUND');
    expect((await me.post(`/api/shifts/${shift}/signups`, { volunteerId: theirsId })).status).toBe(403);
    const roster = await me.get(`/api/shifts/${shift}/signups`);
    expect(roster.status).toBe(403);
    const denied = await db.query<{ action: string }[]>(
      "SELECT action FROM audit_events WHERE record_id = ? AND outcome = 'denied'",
      [theirs.body.id],
    );
    expect(denied.map((d) => d.action).sort()).toEqual(['signup.cancel', 'signup.read']);

    const team = await fx.team();
    const otherTeam = await fx.team();
    const leaderId = await fx.volunteer();
    await fx.join(team, leaderId, 'leader');
    await fx.join(team, theirsId);
    await fx.join(otherTeam, theirsId);
    const leader = await fx.as(leaderId);
    const ours = await fx.shift({ teamId: team, startsAt: at(15, '09:00'), endsAt: at(15, '10:00') });
    const notOurs = await fx.shift({ teamId: otherTeam, startsAt: at(16, '09:00'), endsAt: at(16, '10:00') });
    const onOurs = await them.post(`/api/shifts/${ours}/signups`, {});
    const onNotOurs = await them.post(`/api/shifts/${notOurs}/signups`, {});
    expect(onOurs.status).toBe(201);

    expect(
      (await leader.get(`/api/shifts/${ours}/signups`)).body.items.map((s: { id: string }) => s.id),
    ).toEqual([onOurs.body.id]);
    expect((await leader.get(`/api/shifts/${notOurs}/signups`)).status).toBe(404);
    expect((await leader.get(`/api/shifts/${notOurs}/signups/${onNotOurs.body.id}`)).status).toBe(404);
    expect((await leader.delete(`/api/shifts/${notOurs}/signups/${onNotOurs.body.id}`)).status).toBe(404);
    expect((await leader.get(`/api/shifts/${shift}/signups`)).status).toBe(403);
    expect((await leader.delete(`/api/shifts/${shift}/signups/${theirs.body.id}`)).status).toBe(404);
    const cancelledByLeader = await leader.delete(`/api/shifts/${ours}/signups/${onOurs.body.id}`);
    expect(cancelledByLeader.body.status).toBe('cancelled');
  });

  it('shows my assignments, upcoming soonest first and past latest first, with their shifts', async () => {
    const meId = await fx.volunteer();
    const me = await fx.as(meId);
    const later = await fx.shift({ title: '后', startsAt: at(12, '09:00'), endsAt: at(12, '11:00') });
    const sooner = await fx.shift({ title: '先', startsAt: at(11, '09:00'), endsAt: at(11, '11:00') });
    const past = await fx.shift({ title: '已过', startsAt: at(13, '09:00'), endsAt: at(13, '11:00') });
    for (const id of [later, sooner, past]) await me.post(`/api/shifts/${id}/signups`, {});
    // Move one shift into the past, as time would.
    await db.query(
      'UPDATE shifts SET starts_at = NOW(3) - INTERVAL 3 DAY, ends_at = NOW(3) - INTERVAL 3 DAY + INTERVAL 2 HOUR WHERE id = ?',
      [past],
    );
    await coordinator.post(`/api/shifts/${later}/cancel`, { reason: '场地维修' });

    const upcoming = await me.get('/api/volunteers/me/assignments?limit=1');
    expect(upcoming.status).toBe(200);
    expect(upcoming.body.items).toEqual([
      {
        id: expect.any(String),
        status: 'confirmed',
        waitlistPosition: null,
        offerExpiresAt: null,
        shift: {
          id: sooner,
          title: '先',
          location: {
            venue: '南山社区服务中心',
            address: '烟台市芝罘区南山路 12 号',
            latitude: null,
            longitude: null,
          },
          startsAt: expect.any(String),
          endsAt: expect.any(String),
          status: 'open',
          cancelReason: null,
          teamId: null,
        },
      },
    ]);
    const next = await me.get(`/api/volunteers/me/assignments?limit=1&cursor=${upcoming.body.nextCursor}`);
    expect(
      next.body.items.map((a: { shift: { title: string; status: string; cancelReason: string } }) => a.shift),
    ).toMatchObject([{ title: '后', status: 'cancelled', cancelReason: '场地维修' }]);
    expect(next.body.nextCursor).toBeNull();
    const done = await me.get('/api/volunteers/me/assignments?when=past');
    expect(done.body.items.map((a: { shift: { id: string } }) => a.shift.id)).toEqual([past]);
    expect((await coordinator.get(`/api/volunteers/${meId}/assignments?when=past`)).body.items).toHaveLength(
      1,
    );
    expect((await me.get(`/api/volunteers/${meId}/assignments`)).body.items).toHaveLength(2);
    expect((await me.get('/api/volunteers/me/assignments?when=soon')).status).toBe(400);
    expect((await coordinator.get('/api/volunteers/me/assignments')).status).toBe(403);
    const partner = service.http.withToken(await tokenFor(principal('partner')));
    expect((await partner.get(`/api/volunteers/${meId}/assignments`)).status).toBe(403);
  });

  it('shows a waitlisted assignment with its place in line, and answers an account without a profile 404', async () => {
    const shift = await fx.shift({ capacity: 1, startsAt: at(14, '09:00'), endsAt: at(14, '11:00') });
    const [first, second, third] = [await fx.volunteer(), await fx.volunteer(), await fx.volunteer()];
    for (const id of [first, second, third]) await (await fx.as(id)).post(`/api/shifts/${shift}/signups`, {});
    const thirds = await (await fx.as(third)).get('/api/volunteers/me/assignments');
    expect(thirds.body.items).toMatchObject([
      { status: 'waitlisted', waitlistPosition: 2, offerExpiresAt: null, shift: { id: shift } },
    ]);
    expect((await coordinator.get(`/api/volunteers/${second}/assignments`)).body.items).toMatchObject([
      { status: 'waitlisted', waitlistPosition: 1 },
    ]);

    // Nothing signed up for: an empty page, not a 404.
    const idle = await (await fx.as(await fx.volunteer())).get('/api/volunteers/me/assignments');
    expect(idle.body).toEqual({ items: [], nextCursor: null });
    // A cursor not handed out to this volunteer is a 400.
    const foreign = (await (await fx.as(first)).get('/api/volunteers/me/assignments')).body.items[0].id;
    const stolen = Buffer.from(JSON.stringify({ id: foreign }), 'utf8').toString('base64url');
    const refused = await (await fx.as(third)).get(`/api/volunteers/me/assignments?cursor=${stolen}`);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('INVALID_CURSOR');
    // A volunteer's token whose profile does not exist: 404, with or without a cursor.
    const ghost = await fx.as('0192b7e2-0000-7000-8000-000000000000');
    for (const path of [
      '/api/volunteers/me/assignments',
      `/api/volunteers/me/assignments?cursor=${stolen}`,
    ]) {
      const missing = await ghost.get(path);
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('VOLUNTEER_NOT_FOUND');
    }
  });
});
