import { EventSubject } from '@linkage/contracts';
import { newId } from '@linkage/database';
import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { counsellingService } from '../../apps/counselling/src/counselling.service-definition';
import { volunteersService } from '../../apps/volunteers/src/volunteers.service-definition';
import { VolunteersFixture } from '../../apps/volunteers/test/fixtures';
import { eventually } from '../../apps/volunteers/test/partner-event-fixtures';

interface SessionHours {
  id: string;
  volunteerId: string;
  volunteerName: string;
  activity: string;
  sessionId: string;
  status: string;
  hours: string;
  startsAt: string;
  endsAt: string;
  verifiedBy: string | null;
  disputeReason: string | null;
}

const prefix = () => process.env.NATS_SUBJECT_PREFIX!;
const HOURS = '/api/hours/counselling-sessions';

/**
 * Issue 12, item 9: a completed counselling session's peer facilitators' hours reach volunteers through
 * the real event flow (counselling's outbox → JetStream → volunteers' inbox), unverified, once, for the
 * programme's counsellors (and only them) to verify.
 */
describe('a counselling session’s peer facilitator’s hours, from completion to verification', () => {
  let counselling: TestService;
  let volunteers: TestService;
  let fx: VolunteersFixture;
  let nats: NatsConnection;
  const published: { raw: string; id: string; payload: { sessionId: string } }[] = [];
  const counsellorWho = principal('counsellor', { displayName: '吴静' });
  const otherCounsellorWho = principal('counsellor', { displayName: '郑老师' });
  let counsellor: { counselling: HttpClient; volunteers: HttpClient };
  let otherCounsellor: { counselling: HttpClient; volunteers: HttpClient };
  let peerWho: ReturnType<typeof principal>;
  let peerAtVolunteers: HttpClient;
  let programmeId: string;

  const both = async (who: ReturnType<typeof principal>) => {
    const token = await tokenFor(who);
    return { counselling: counselling.http.withToken(token), volunteers: volunteers.http.withToken(token) };
  };

  beforeAll(async () => {
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    nats.subscribe(`${prefix()}counselling.>`, {
      callback: (_error, msg) => {
        const envelope = msg.json<{ id: string; payload: { sessionId: string } }>();
        published.push({ raw: msg.string(), id: envelope.id, payload: envelope.payload });
      },
    });
    await nats.flush();
    volunteers = await startTestService(volunteersService, { WAITLIST_SWEEP_INTERVAL_MS: '0' });
    counselling = await startTestService(counsellingService, { BUDDY_NUDGE_INTERVAL_MS: '0' });
    fx = await VolunteersFixture.start(volunteers);
    const volunteerId = await fx.volunteer({ name: '李晓雯' });
    peerWho = principal('volunteer', { volunteerId, displayName: '李晓雯' });
    peerAtVolunteers = volunteers.http.withToken(await tokenFor(peerWho));
    counsellor = await both(counsellorWho);
    otherCounsellor = await both(otherCounsellorWho);

    const programme = await counsellor.counselling.post<{ id: string }>('/api/programmes', {
      title: '同伴戒烟互助小组',
      kind: 'peer_smoking_cessation',
      capacity: 8,
      startsOn: '2026-10-15',
      endsOn: '2027-01-14',
      status: 'open',
      facilitators: [{ accountId: peerWho.accountId, role: 'peer', volunteerId, displayName: '李晓雯' }],
    });
    expect(programme.status).toBe(201);
    programmeId = programme.body.id;
    // The other counsellor runs a programme of their own.
    expect(
      (
        await otherCounsellor.counselling.post('/api/programmes', {
          title: '倾听与答疑小组',
          kind: 'listening_group',
          capacity: 8,
          startsOn: '2026-10-15',
          endsOn: '2027-01-14',
        })
      ).status,
    ).toBe(201);
  });
  afterAll(async () => {
    await nats?.close();
    await counselling?.close();
    await volunteers?.close();
  });

  async function completedSession(day: string): Promise<string> {
    const scheduled = await counsellor.counselling.post<{ id: string }[]>(
      `/api/programmes/${programmeId}/sessions`,
      {
        sessions: [
          {
            startsAt: `${day}T19:00:00+08:00`,
            endsAt: `${day}T20:30:00+08:00`,
            place: '学生活动中心 302 室',
            topic: '设定戒烟日',
          },
        ],
      },
    );
    expect(scheduled.status).toBe(201);
    const sessionId = scheduled.body[0].id;
    const done = await counsellor.counselling.post(
      `/api/programmes/${programmeId}/sessions/${sessionId}/complete`,
    );
    expect(done.status).toBe(200);
    return sessionId;
  }

  const hoursOf = async (sessionId: string, as = counsellor.volunteers): Promise<SessionHours[]> => {
    const listed = await as.get<SessionHours[]>(HOURS);
    expect(listed.status).toBe(200);
    return listed.body.filter((h) => h.sessionId === sessionId);
  };

  it('completing the session records the peer’s hours, unverified, on the programme’s activity; a redelivery or a second completion adds nothing', async () => {
    const sessionId = await completedSession('2026-11-20');
    const [hours] = await eventually(async () => {
      const found = await hoursOf(sessionId);
      return found.length === 1 ? found : null;
    });
    expect(hours).toMatchObject({
      volunteerId: peerWho.volunteerId,
      volunteerName: '李晓雯',
      activity: '同伴戒烟互助小组',
      status: 'recorded',
      hours: '1.50',
      startsAt: '2026-11-20T11:00:00.000Z',
      endsAt: '2026-11-20T12:30:00.000Z',
      verifiedBy: null,
    });
    // The volunteer sees them, not yet counting.
    const own = await peerAtVolunteers.get<{
      totalVerifiedHours: string;
      records: { id: string; status: string }[];
    }>(`/api/volunteers/${peerWho.volunteerId}/hours`);
    expect(own.body.totalVerifiedHours).toBe('0.00');
    expect(own.body.records.filter((r) => r.id === hours.id).map((r) => r.status)).toEqual(['recorded']);

    // Completed again: nothing is published. The same event redelivered (same id), and a copy under
    // another id (as a relay that lost its mark would send): nothing more is recorded.
    expect(
      (await counsellor.counselling.post(`/api/programmes/${programmeId}/sessions/${sessionId}/complete`))
        .status,
    ).toBe(200);
    // A later session's event arriving shows the ones before it were published and handled.
    const settle = async (day: string) => {
      const marker = await completedSession(day);
      await eventually(async () => ((await hoursOf(marker)).length === 1 ? true : null));
    };
    await settle('2026-11-21');
    expect(published.filter((e) => e.payload.sessionId === sessionId)).toHaveLength(1);
    const event = published.find((e) => e.payload.sessionId === sessionId)!;
    const js = jetstream(nats);
    const subject = `${prefix()}${EventSubject.counsellingSessionCompleted}`;
    await js.publish(subject, event.raw, { msgID: newId() });
    const copy = { ...JSON.parse(event.raw), id: newId() };
    await js.publish(subject, JSON.stringify(copy), { msgID: copy.id });
    await settle('2026-11-24');
    expect(await hoursOf(sessionId)).toHaveLength(1);
    const shifts = await fx.coordinator.get<{ items: { status: string; title: string }[] }>(
      `/api/shifts?sourceType=counselling_session&sourceId=${sessionId}&when=all`,
    );
    expect(shifts.body.items.map((s) => [s.title, s.status])).toEqual([['同伴戒烟互助小组', 'completed']]);
  });

  it('the programme’s counsellor verifies them and they count; another counsellor gets 404 and sees none', async () => {
    const sessionId = await completedSession('2026-11-22');
    const [hours] = await eventually(async () => {
      const found = await hoursOf(sessionId);
      return found.length === 1 ? found : null;
    });

    expect(await hoursOf(sessionId, otherCounsellor.volunteers)).toEqual([]);
    for (const action of ['verify', 'reject']) {
      const refused = await otherCounsellor.volunteers.post(`${HOURS}/${hours.id}/${action}`, {
        reason: '不是我的',
      });
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('HOURS_NOT_FOUND');
    }
    // Counsellors have no other hours rule; volunteers none here.
    expect((await counsellor.volunteers.post(`/api/hours/${hours.id}/verify`)).status).toBe(403);
    expect((await peerAtVolunteers.get(HOURS)).status).toBe(403);

    const verified = await counsellor.volunteers.post<SessionHours>(`${HOURS}/${hours.id}/verify`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ status: 'verified', verifiedBy: counsellorWho.accountId });
    expect((await counsellor.volunteers.post(`${HOURS}/${hours.id}/verify`)).body.status).toBe('verified');
    const rejectVerified = await counsellor.volunteers.post(`${HOURS}/${hours.id}/reject`, {
      reason: '弄错了',
    });
    expect(rejectVerified.status).toBe(409);
    expect(rejectVerified.body.code).toBe('HOURS_ALREADY_VERIFIED');

    const own = await peerAtVolunteers.get<{ totalVerifiedHours: string }>(
      `/api/volunteers/${peerWho.volunteerId}/hours`,
    );
    expect(own.body.totalVerifiedHours).toBe('1.50');
    // A coordinator sees every session's hours.
    expect((await hoursOf(sessionId, fx.coordinator)).map((h) => h.status)).toEqual(['verified']);
  });

  it('the counsellor sends hours back with a reason: disputed, for a coordinator to settle', async () => {
    const sessionId = await completedSession('2026-11-23');
    const [hours] = await eventually(async () => {
      const found = await hoursOf(sessionId);
      return found.length === 1 ? found : null;
    });
    const empty = await counsellor.volunteers.post(`${HOURS}/${hours.id}/reject`, { reason: ' ' });
    expect(empty.status).toBe(400);
    const rejected = await counsellor.volunteers.post<SessionHours>(`${HOURS}/${hours.id}/reject`, {
      reason: '该同学当天只协助了前半场',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'disputed', disputeReason: '该同学当天只协助了前半场' });
    expect(
      (await counsellor.volunteers.get<SessionHours[]>(`${HOURS}?status=disputed`)).body.map((h) => h.id),
    ).toContain(hours.id);
    // The coordinator settles it the usual way.
    expect((await fx.coordinator.post(`/api/hours/${hours.id}/verify`)).body.status).toBe('verified');
  });
});
