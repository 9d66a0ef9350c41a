import { createService } from '@linkage/service-kit';
import { principal, startTestService, tokenFor, type TestService } from '@linkage/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { BuddyNudge } from '../src/buddies/buddy-nudge.service';
import { addDays } from '../src/check-ins/local-date';
import { Clock } from '../src/clock/clock';
import { counsellingService } from '../src/counselling.service-definition';
import { eveningOf, quitGroup, type QuitGroup } from './quit-group';

/** Item 7: buddies see only each other's streak and last check-in day; a quiet member's buddy is nudged once. */
describe('counselling: buddies and the nudge', () => {
  let counselling: TestService;
  let replica: NestFastifyApplication;
  let clock: Clock;
  let group: QuitGroup;
  let base: string;
  const quitDate = '2027-02-01';
  const on = (day: string) => jest.spyOn(clock, 'now').mockReturnValue(eveningOf(day));
  const checkIn = (i: number, body: object = {}) =>
    group.members[i].http.post(`${base}/check-ins`, {
      cigarettes: 0,
      craving: 3,
      mood: 'good',
      lapse: false,
      ...body,
    });

  beforeAll(async () => {
    counselling = await startTestService(counsellingService, { BUDDY_NUDGE_INTERVAL_MS: '0' });
    // A second instance of the service on the same database, as a second replica would be.
    replica = await createService(counsellingService, counselling.env);
    await replica.init();
    clock = counselling.app.get(Clock);
    group = await quitGroup(counselling, 4, ['陈思远', '赵一鸣', '林晓雨', '王子涵']);
    base = `/api/programmes/${group.programmeId}`;
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await replica?.close();
    await counselling?.close();
  });

  it('a counsellor pairs two members; each sees only the other’s streak and last check-in day', async () => {
    const [a, b] = group.members;
    const paired = await group.counsellor.post(`${base}/buddies`, {
      enrolmentIds: [a.enrolmentId, b.enrolmentId],
    });
    expect(paired.status).toBe(201);
    expect((await group.counsellor.get(`${base}/buddies`)).body).toHaveLength(1);
    await b.http.request('PUT', `${base}/enrolments/${b.enrolmentId}/goal`, {
      quitDate,
      targetCigarettesPerDay: 0,
    });
    for (let d = 0; d < 3; d += 1) {
      on(addDays(quitDate, d));
      expect((await checkIn(1, { craving: 7, note: '很难熬' })).status).toBe(200);
    }

    const view = await a.http.get(`${base}/buddies/me`);
    expect(view.status).toBe(200);
    expect(view.body).toEqual({
      enrolmentId: b.enrolmentId,
      displayName: '赵一鸣',
      streak: 3,
      lastCheckInOn: addDays(quitDate, 2),
      pairedAt: expect.any(String),
    });
    // Never the check-ins, the progress detail, the goal or the notes.
    for (const path of ['check-ins', 'progress', 'goal']) {
      expect((await a.http.get(`${base}/enrolments/${b.enrolmentId}/${path}`)).status).toBe(404);
    }
    expect((await group.members[2].http.get(`${base}/buddies/me`)).body.code).toBe('NOT_PAIRED');
    const again = await group.counsellor.post(`${base}/buddies`, {
      enrolmentIds: [a.enrolmentId, group.members[2].enrolmentId],
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_PAIRED');
    expect(
      (await a.http.post(`${base}/buddies`, { enrolmentIds: [a.enrolmentId, b.enrolmentId] })).status,
    ).toBe(403);
  });

  it('two members pair themselves: one asks, the other accepts; either may unpair', async () => {
    const [, , c, d] = group.members;
    const asked = await c.http.post(`${base}/buddy-requests`, { enrolmentId: d.enrolmentId });
    expect(asked.status).toBe(201);
    expect(asked.body.status).toBe('pending');
    expect((await c.http.post(`${base}/buddy-requests`, { enrolmentId: c.enrolmentId })).body.code).toBe(
      'SAME_MEMBER',
    );
    const incoming = await d.http.get(`${base}/buddy-requests`);
    expect(incoming.body).toEqual([
      expect.objectContaining({ id: asked.body.id, incoming: true, otherName: '林晓雨' }),
    ]);
    // Only the member asked may accept.
    expect((await c.http.post(`${base}/buddy-requests/${asked.body.id}/accept`)).status).toBe(404);
    const accepted = await d.http.post(`${base}/buddy-requests/${asked.body.id}/accept`);
    expect(accepted.status).toBe(200);
    expect((await c.http.get(`${base}/buddies/me`)).body.displayName).toBe('王子涵');
    expect((await d.http.get(`${base}/buddy-requests`)).body).toEqual([]);

    // Someone outside the programme cannot ask a member.
    const outsider = counselling.http.withToken(await tokenFor(principal('volunteer')));
    expect((await outsider.post(`${base}/buddy-requests`, { enrolmentId: d.enrolmentId })).status).toBe(404);

    expect((await d.http.delete(`${base}/buddies/${c.enrolmentId}`)).status).toBe(404);
    expect((await d.http.delete(`${base}/buddies/${d.enrolmentId}`)).status).toBe(204);
    expect((await c.http.get(`${base}/buddies/me`)).body.code).toBe('NOT_PAIRED');
    // Asking back pairs at once.
    await c.http.post(`${base}/buddy-requests`, { enrolmentId: d.enrolmentId });
    const back = await d.http.post(`${base}/buddy-requests`, { enrolmentId: c.enrolmentId });
    expect(back.body.status).toBe('paired');
    expect((await d.http.get(`${base}/buddies/me`)).body.enrolmentId).toBe(c.enrolmentId);
  });

  it('nudges the buddy of a member quiet for three days, once per quiet spell, even with two replicas sweeping', async () => {
    const [a, b] = group.members;
    const last = addDays(quitDate, 2); // b's last check-in (test above)
    // a, c and d check in every day of the weeks below, so only b is ever quiet.
    for (let d = 3; d <= 13; d += 1) {
      on(addDays(quitDate, d));
      for (const i of [0, 2, 3]) expect((await checkIn(i)).status).toBe(200);
    }
    jest.restoreAllMocks();
    const nudge = counselling.app.get(BuddyNudge);
    const other = replica.get(BuddyNudge);

    expect(await nudge.sweep(eveningOf(addDays(last, 3)))).toBe(0);
    expect((await a.http.get('/api/counselling/notifications')).body).toEqual([]);

    const day = eveningOf(addDays(last, 4));
    const written = await Promise.all([
      nudge.sweep(day),
      other.sweep(day),
      nudge.sweep(day),
      other.sweep(day),
    ]);
    expect(written.reduce((x, y) => x + y, 0)).toBe(1);
    expect(await nudge.sweep(eveningOf(addDays(last, 6)))).toBe(0);

    const inbox = await a.http.get('/api/counselling/notifications');
    expect(inbox.status).toBe(200);
    expect(inbox.body).toEqual([
      {
        id: expect.any(String),
        kind: 'buddy_quiet',
        details: { programmeId: group.programmeId, buddyName: '赵一鸣', lastCheckInOn: last, quietDays: 3 },
        createdAt: expect.any(String),
        readAt: null,
      },
    ]);
    const [{ n }] = await counselling.app
      .get(DataSource)
      .query("SELECT COUNT(*) AS n FROM notifications WHERE kind = 'buddy_quiet'");
    expect(Number(n)).toBe(1);
    // Nobody else got one: b's inbox, c's and d's are empty.
    for (const m of group.members.slice(1))
      expect((await m.http.get('/api/counselling/notifications')).body).toEqual([]);

    // Only its addressee reads it; marking read is idempotent.
    const id = inbox.body[0].id as string;
    expect((await b.http.post(`/api/counselling/notifications/${id}/read`)).status).toBe(404);
    const read = await a.http.post(`/api/counselling/notifications/${id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await a.http.get('/api/counselling/notifications?unread=true')).body).toEqual([]);

    // b checks in again, then goes quiet again: a new spell, a new nudge.
    on(addDays(last, 7));
    await checkIn(1);
    jest.restoreAllMocks();
    expect(await nudge.sweep(eveningOf(addDays(last, 10)))).toBe(0);
    expect(await other.sweep(eveningOf(addDays(last, 11)))).toBe(1);
    expect((await a.http.get('/api/counselling/notifications')).body).toHaveLength(2);
  });
});
