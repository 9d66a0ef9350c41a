import { EventSubject, payloadClassOf } from '@linkage/contracts';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { counsellingService } from '../src/counselling.service-definition';
import { ftndAnswers } from './ftnd-answers';

/** The walk at the API: intake, consent, enrolment, attendance, a completed session's event. */
describe('counselling: the quit group from intake to a completed session', () => {
  const counsellorWho = principal('counsellor', { displayName: '李老师' });
  let counselling: TestService;
  let counsellor: HttpClient;
  let nats: NatsConnection;
  const seen: { subject: string; payload: any }[] = [];
  const peer = principal('volunteer', { volunteerId: randomUUID(), displayName: '王子涵' });
  const students = ['陈思远', '林晓雨', '赵一鸣'].map((name) =>
    principal('volunteer', { volunteerId: randomUUID(), displayName: name }),
  );
  const as = async (who: ReturnType<typeof principal>) => counselling.http.withToken(await tokenFor(who));

  beforeAll(async () => {
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    nats.subscribe(`${process.env.NATS_SUBJECT_PREFIX}counselling.>`, {
      callback: (_e, msg) => {
        seen.push(msg.json<{ subject: string; payload: any }>());
      },
    });
    await nats.flush();
    counselling = await startTestService(counsellingService);
    counsellor = counselling.http.withToken(await tokenFor(counsellorWho));
  });
  afterAll(async () => {
    await nats?.close();
    await counselling?.close();
  });

  it('publishes the FTND intake, scores three applicants, enrols the two eligible after consent, takes the register and completes the session', async () => {
    const programme = await counsellor.post('/api/programmes', {
      title: '同伴戒烟互助小组',
      kind: 'peer_smoking_cessation',
      capacity: 8,
      startsOn: '2026-10-15',
      endsOn: '2027-01-14',
      status: 'open',
      facilitators: [
        { accountId: peer.accountId, role: 'peer', volunteerId: peer.volunteerId, displayName: '王子涵' },
      ],
    });
    expect(programme.status).toBe(201);
    const id = programme.body.id as string;
    expect(programme.body.facilitators.map((f: { role: string }) => f.role).sort()).toEqual([
      'counsellor',
      'peer',
    ]);

    const intake = await counsellor.request('PUT', `/api/programmes/${id}/intake`, {
      template: 'ftnd',
      publish: true,
    });
    expect(intake.status).toBe(200);
    expect(intake.body.definition.questions).toHaveLength(8);
    const open = await (await as(students[0])).get('/api/programmes/open');
    expect(open.body.items.map((p: { id: string }) => p.id)).toContain(id);

    const results = [];
    for (const [i, points] of [2, 5, 7].entries()) {
      const applied = await (
        await as(students[i])
      ).post(`/api/programmes/${id}/applications`, {
        answers: ftndAnswers(points),
      });
      expect(applied.status).toBe(201);
      results.push(applied.body);
    }
    expect(results.map((r) => [r.score, r.band, r.eligible])).toEqual([
      [2, 'very_low', false],
      [5, 'moderate', true],
      [7, 'high', true],
    ]);
    expect(results[0].unmet).toEqual(['FTND score of 3 or more']);
    const mine = await (await as(students[1])).get(`/api/programmes/${id}/applications/me`);
    expect(mine.body).toMatchObject({ score: 5, eligible: true, status: 'submitted' });
    expect(mine.body.answers).toBeUndefined();
    expect(
      (await (await as(students[1])).post(`/api/programmes/${id}/applications`, { answers: ftndAnswers(5) }))
        .body.code,
    ).toBe('ALREADY_APPLIED');
    const bad = await (
      await as(principal('volunteer'))
    ).post(`/api/programmes/${id}/applications`, {
      answers: { ...ftndAnswers(5), ftnd_cigarettes_per_day: '很多' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([
      { field: 'answers.ftnd_cigarettes_per_day', messages: ['ftnd_cigarettes_per_day must be a number'] },
    ]);

    const queue = await counsellor.get(`/api/programmes/${id}/applications?eligible=true`);
    expect(queue.body.items.map((a: { displayName: string }) => a.displayName)).toEqual(['林晓雨', '赵一鸣']);
    expect(queue.body.items[0].answers.smokes_daily).toBe('yes');
    const refer = await counsellor.post(`/api/programmes/${id}/applications/${results[0].id}/decision`, {
      decision: 'refer',
    });
    expect(refer.body.code).toBe('REASON_REQUIRED');
    expect(
      (
        await counsellor.post(`/api/programmes/${id}/applications/${results[0].id}/decision`, {
          decision: 'refer',
          reason: '依赖程度很低，建议参加健康讲座',
        })
      ).body.status,
    ).toBe('referred');

    const members: string[] = [];
    for (const [i, application] of results.slice(1).entries()) {
      const student = students[i + 1];
      await counsellor.post(`/api/programmes/${id}/applications/${application.id}/decision`, {
        decision: 'accept',
      });
      const early = await counsellor.post(`/api/programmes/${id}/enrolments`, {
        applicationId: application.id,
      });
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('CONSENT_REQUIRED');
      const consent = await (
        await as(student)
      ).post(`/api/programmes/${id}/applications/${application.id}/consent`, {
        participationVersion: '2026-09',
        dataProcessingVersion: '2026-09',
        agreed: true,
      });
      expect(consent.status).toBe(201);
      expect(consent.body.givenAt).toMatch(/^\d{4}-/);
      const enrolled = await counsellor.post(`/api/programmes/${id}/enrolments`, {
        applicationId: application.id,
      });
      expect(enrolled.status).toBe(201);
      members.push(enrolled.body.id);
    }
    // Someone else's application is not there for a student.
    expect(
      (
        await (
          await as(students[0])
        ).post(`/api/programmes/${id}/applications/${results[1].id}/consent`, {
          participationVersion: '1',
          dataProcessingVersion: '1',
          agreed: true,
        })
      ).status,
    ).toBe(404);
    const own = await (await as(students[1])).get(`/api/programmes/${id}/enrolments`);
    expect(own.body.map((e: { id: string }) => e.id)).toEqual([members[0]]);

    const [session, second] = (
      await counsellor.post(`/api/programmes/${id}/sessions`, {
        sessions: [
          {
            startsAt: '2026-10-15T19:00:00+08:00',
            endsAt: '2026-10-15T20:30:00+08:00',
            place: '学生活动中心 302 室',
            topic: '设定戒烟日',
          },
          {
            startsAt: '2026-10-22T19:00:00+08:00',
            endsAt: '2026-10-22T20:30:00+08:00',
            place: '学生活动中心 302 室',
            topic: '应对烟瘾',
          },
        ],
      })
    ).body;
    const register = await (
      await as(peer)
    ).request('PUT', `/api/programmes/${id}/sessions/${session.id}/attendance`, {
      entries: [
        { enrolmentId: members[0], status: 'present' },
        { enrolmentId: members[1], status: 'absent', absenceReason: '生病请假' },
      ],
    });
    expect(register.status).toBe(200);
    expect(register.body).toHaveLength(2);
    await counsellor.request('PUT', `/api/programmes/${id}/sessions/${second.id}/attendance`, {
      entries: [{ enrolmentId: members[1], status: 'absent' }],
    });
    const flags = await counsellor.get(`/api/programmes/${id}/attendance-flags`);
    expect(flags.body).toEqual([{ enrolmentId: members[1], displayName: '赵一鸣', missedInARow: 2 }]);
    const stranger = await counsellor.request(
      'PUT',
      `/api/programmes/${id}/sessions/${session.id}/attendance`,
      {
        entries: [{ enrolmentId: randomUUID(), status: 'present' }],
      },
    );
    expect(stranger.body.code).toBe('NOT_A_MEMBER');

    const completed = await (await as(peer)).post(`/api/programmes/${id}/sessions/${session.id}/complete`);
    expect(completed.status).toBe(200);
    expect(completed.body.status).toBe('completed');
    const deadline = Date.now() + 5000;
    while (!seen.some((e) => e.payload.sessionId === session.id) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
    const event = seen.find((e) => e.payload.sessionId === session.id)!;
    expect(event.subject).toBe(EventSubject.counsellingSessionCompleted);
    expect(event.payload).toEqual({
      sessionId: session.id,
      programmeId: id,
      startsAt: '2026-10-15T11:00:00.000Z',
      endsAt: '2026-10-15T12:30:00.000Z',
      completedAt: expect.any(String),
      peerFacilitators: [{ volunteerId: peer.volunteerId, accountId: peer.accountId }],
      version: 2,
      programmeTitle: '同伴戒烟互助小组',
      place: '学生活动中心 302 室',
      counsellorAccountIds: [counsellorWho.accountId],
      completedBy: peer.accountId,
    });
    expect(
      validateSync(plainToInstance(payloadClassOf(EventSubject.counsellingSessionCompleted), event.payload)),
    ).toEqual([]);
    // Completing again publishes nothing more.
    await counsellor.post(`/api/programmes/${id}/sessions/${session.id}/complete`);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.filter((e) => e.payload.sessionId === session.id)).toHaveLength(1);
  });

  it('a session that has not begun cannot be marked held: no hours for a time still to come', async () => {
    const programme = await counsellor.post<{ id: string }>('/api/programmes', {
      title: '倾听与答疑小组',
      kind: 'listening_group',
      capacity: 8,
      startsOn: '2026-10-15',
      endsOn: '2030-01-14',
    });
    const inAnHour = new Date(Date.now() + 3_600_000);
    const [later] = (
      await counsellor.post<{ id: string }[]>(`/api/programmes/${programme.body.id}/sessions`, {
        sessions: [
          {
            startsAt: inAnHour.toISOString(),
            endsAt: new Date(inAnHour.getTime() + 5_400_000).toISOString(),
            place: '学生活动中心 302 室',
            topic: '成长中的烦恼',
          },
        ],
      })
    ).body;
    const early = await counsellor.post(`/api/programmes/${programme.body.id}/sessions/${later.id}/complete`);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      code: 'SESSION_NOT_STARTED',
      details: { startsAt: inAnHour.toISOString() },
    });
    const sessions = await counsellor.get<{ id: string; status: string }[]>(
      `/api/programmes/${programme.body.id}/sessions`,
    );
    expect(sessions.body.map((s) => s.status)).toEqual(['scheduled']);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.filter((e) => e.payload.sessionId === later.id)).toEqual([]);
  });
});
