import {
  DEMO_ACCOUNTS,
  DEMO_ADMIN,
  DEMO_QUIT_PROGRAMME_TITLE,
  DEMO_STUDENTS,
} from '../../scripts/demo/demo-data';
import { seedDemoData } from '../../scripts/demo/seed-demo';
import { addDays } from '../../apps/counselling/src/check-ins/local-date';
import { ftndAnswers } from '../../apps/counselling/test/ftnd-answers';
import { startSystem, type RunningSystem } from '../e2e/support/system';

interface Answer<T> {
  status: number;
  body: T;
}

/** Someone signed in at the gateway, as the portal would call it. */
class Caller {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async signIn(baseUrl: string, account: { email: string; password: string }): Promise<Caller> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: account.email, password: account.password }),
    });
    if (!response.ok)
      throw new Error(`sign-in of ${account.email}: ${response.status} ${await response.text()}`);
    return new Caller(baseUrl, ((await response.json()) as { accessToken: string }).accessToken);
  }

  async request<T = any>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  get<T = any>(path: string): Promise<Answer<T>> {
    return this.request<T>('GET', path);
  }

  post<T = any>(path: string, body: unknown = {}): Promise<Answer<T>> {
    return this.request<T>('POST', path, body);
  }

  put<T = any>(path: string, body: unknown): Promise<Answer<T>> {
    return this.request<T>('PUT', path, body);
  }
}

async function eventually<T>(probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const account = (label: (typeof DEMO_ACCOUNTS)[number]['label']) =>
  DEMO_ACCOUNTS.find((a) => a.label === label)!;

/**
 * The Done-when walk of issue 12 through the gateway of the real system (the built apps, each its own
 * process, with the demo data as `npm start` loads it), by the demo counsellor, three demo students and
 * the admin; the days pass on counselling's test clock.
 */
describe('the counselling walk through the gateway', () => {
  let system: RunningSystem;
  let admin: Caller;
  let counsellor: Caller;
  let students: Caller[];
  let programmeId: string;

  beforeAll(async () => {
    system = await startSystem();
    await seedDemoData(system.baseUrl);
    admin = await Caller.signIn(system.baseUrl, DEMO_ADMIN);
    counsellor = await Caller.signIn(system.baseUrl, account('counsellor'));
    students = await Promise.all(DEMO_STUDENTS.map((s) => Caller.signIn(system.baseUrl, s)));
  }, 300_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('the demo data has the quit group open, with 李晓雯 as its peer facilitator and a session today; seeding again adds nothing', async () => {
    const again = await seedDemoData(system.baseUrl);
    expect(again.seeded).toEqual([]);
    const programmes = await counsellor.get<{ items: any[] }>('/api/programmes?limit=100');
    const quit = programmes.body.items.find((p) => p.title === DEMO_QUIT_PROGRAMME_TITLE);
    expect(quit).toMatchObject({ status: 'open', kind: 'peer_smoking_cessation' });
    expect(quit.facilitators.map((f: any) => [f.role, f.displayName]).sort()).toEqual([
      ['counsellor', '吴静'],
      ['peer', '李晓雯'],
    ]);
    programmeId = quit.id;
    const sessions = await counsellor.get<any[]>(`/api/programmes/${programmeId}/sessions`);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const day = (iso: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
    expect(sessions.body.map((s: any) => day(s.startsAt))[0]).toBe(today);
    expect(sessions.body).toHaveLength(4);
    // Its intake is not published: that is the walk.
    expect((await students[0].get(`/api/programmes/${programmeId}/intake`)).status).toBe(404);
  });

  it('intake, enrolment after consent, one-request attendance, a confidential note, four days of check-ins, the nudge, suppressed outcomes and the peer facilitator’s hours', async () => {
    const base = `/api/programmes/${programmeId}`;
    const [yiming, siyuan, kexin] = students;

    // The counsellor publishes the FTND intake; three students apply (FTND 2, 5, 7).
    const intake = await counsellor.put(`${base}/intake`, { template: 'ftnd', publish: true });
    expect(intake.status).toBe(200);
    expect((await yiming.get(`${base}/intake`)).status).toBe(200);
    const applied = [];
    for (const [i, score] of [2, 5, 7].entries()) {
      const application = await students[i].post(`${base}/applications`, { answers: ftndAnswers(score) });
      expect(application.status).toBe(201);
      applied.push(application.body);
    }
    expect(applied.map((a) => [a.displayName, a.score, a.eligible])).toEqual([
      ['陈一鸣', 2, false],
      ['赵思远', 5, true],
      ['孙可欣', 7, true],
    ]);
    const queue = await counsellor.get<{ items: any[] }>(`${base}/applications`);
    expect(queue.body.items.map((a) => [a.displayName, a.score, a.eligible]).sort()).toEqual([
      ['孙可欣', 7, true],
      ['赵思远', 5, true],
      ['陈一鸣', 2, false],
    ]);

    // The two eligible are accepted and, after their consent, enrolled; the third is referred elsewhere.
    const referred = await counsellor.post(`${base}/applications/${applied[0].id}/decision`, {
      decision: 'refer',
      reason: '尼古丁依赖程度低，建议参加校健康教育讲座',
    });
    expect(referred.status).toBe(200);
    expect((await yiming.get(`${base}/applications/me`)).body).toMatchObject({ status: 'referred' });
    const enrolments: string[] = [];
    for (const [i, student] of [
      [1, siyuan],
      [2, kexin],
    ] as const) {
      const id = applied[i].id;
      expect(
        (await counsellor.post(`${base}/applications/${id}/decision`, { decision: 'accept' })).status,
      ).toBe(200);
      const early = await counsellor.post(`${base}/enrolments`, { applicationId: id });
      expect([early.status, early.body.code]).toEqual([422, 'CONSENT_REQUIRED']);
      const consent = await student.post(`${base}/applications/${id}/consent`, {
        participationVersion: '2026-09',
        dataProcessingVersion: '2026-09',
        agreed: true,
      });
      expect(consent.status).toBe(201);
      const enrolled = await counsellor.post<{ id: string }>(`${base}/enrolments`, { applicationId: id });
      expect(enrolled.status).toBe(201);
      enrolments.push(enrolled.body.id);
    }

    // Today's session: the register for both in one request.
    const sessions = await counsellor.get<{ id: string; startsAt: string }[]>(`${base}/sessions`);
    const today = sessions.body[0];
    const register = await counsellor.put<any[]>(`${base}/sessions/${today.id}/attendance`, {
      entries: [
        { enrolmentId: enrolments[0], status: 'present' },
        { enrolmentId: enrolments[1], status: 'absent', absenceReason: '生病请假' },
      ],
    });
    expect(register.status).toBe(200);
    expect(register.body.map((a) => a.status).sort()).toEqual(['absent', 'present']);

    // A note: the counsellor reads it; the admin sees that it exists, never what it says.
    const text = '赵思远分享了戒烟动机，孙可欣请假；下次讨论应对渴求。';
    const note = await counsellor.post<{ id: string; body: string }>(`${base}/notes`, {
      body: text,
      sessionId: today.id,
    });
    expect(note.status).toBe(201);
    expect((await counsellor.get(`${base}/notes/${note.body.id}`)).body.body).toBe(text);
    const listed = await admin.get<any[]>(`${base}/notes`);
    expect(listed.status).toBe(200);
    expect(listed.body.find((n) => n.id === note.body.id)).toMatchObject({
      authorName: expect.any(String),
      body: null,
    });
    expect(JSON.stringify(listed.body)).not.toContain('戒烟动机');
    // Opened on its own, the entry again without its text.
    const read = await admin.get(`${base}/notes/${note.body.id}`);
    expect([read.status, read.body.body]).toEqual([200, null]);
    expect(JSON.stringify(read.body)).not.toContain('戒烟动机');

    // Buddies: the counsellor pairs the two members.
    expect(
      (await counsellor.post(`${base}/buddies`, { enrolmentIds: [enrolments[0], enrolments[1]] })).status,
    ).toBe(201);

    // 赵思远 quits and checks in four days running on the test clock: a 4-day streak; a lapse resets it.
    const clock = (day: string, time = '20:00') =>
      admin.put('/api/counselling/test-clock', { now: `${day}T${time}:00+08:00` });
    const quitDate = addDays(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
      7,
    );
    expect(
      (await siyuan.put(`${base}/enrolments/${enrolments[0]}/goal`, { quitDate, targetCigarettesPerDay: 0 }))
        .status,
    ).toBe(200);
    const checkIn = (who: Caller, lapse = false) =>
      who.post<{ localDate: string }>(`${base}/check-ins`, {
        cigarettes: lapse ? 3 : 0,
        craving: lapse ? 8 : 4,
        mood: lapse ? 'bad' : 'good',
        lapse,
      });
    for (let d = 0; d < 4; d += 1) {
      expect((await clock(addDays(quitDate, d))).status).toBe(200);
      const done = await checkIn(siyuan);
      expect([done.status, done.body.localDate]).toEqual([200, addDays(quitDate, d)]);
    }
    const progress = () => siyuan.get<{ streak: number }>(`${base}/enrolments/${enrolments[0]}/progress`);
    expect((await progress()).body.streak).toBe(4);
    await clock(addDays(quitDate, 4));
    expect((await checkIn(siyuan, true)).status).toBe(200);
    expect((await progress()).body.streak).toBe(0);

    // Three quiet days after 赵思远's lapse (孙可欣 checked in the day before): 孙可欣 is nudged.
    await clock(addDays(quitDate, 7));
    expect((await checkIn(kexin)).status).toBe(200);
    await clock(addDays(quitDate, 8), '09:00');
    const sweep = await admin.post<{ nudged: number }>('/api/counselling/test-clock/nudge-sweep');
    expect(sweep.body).toEqual({ nudged: 1 });
    const nudges = await kexin.get<any[]>('/api/counselling/notifications');
    expect(nudges.body).toEqual([
      expect.objectContaining({
        kind: 'buddy_quiet',
        details: expect.objectContaining({
          buddyName: '赵思远',
          lastCheckInOn: addDays(quitDate, 4),
          quietDays: 3,
        }),
      }),
    ]);
    expect((await siyuan.get<any[]>('/api/counselling/notifications')).body).toEqual([]);
    expect((await admin.request('DELETE', '/api/counselling/test-clock')).status).toBe(204);

    // The outcome report for the two members: every figure suppressed (fewer than 5 people).
    for (const [i, enrolmentId] of enrolments.entries()) {
      for (const [phase, score] of [
        ['pre', [5, 7][i]],
        ['post', [2, 4][i]],
      ] as const) {
        const measured = await counsellor.post(`${base}/outcomes/measures`, {
          enrolmentId,
          phase,
          survey: 'ftnd',
          answers: ftndAnswers(score),
        });
        expect(measured.status).toBe(201);
      }
    }
    const report = await counsellor.get<{ measures: any[]; abstinence: any[] }>(`${base}/outcomes/report`);
    expect(report.status).toBe(200);
    const ftnd = report.body.measures.find((m) => m.instrument === 'ftnd');
    const suppressed = { value: null, n: null, suppressed: true };
    expect(ftnd).toMatchObject({
      meanPre: suppressed,
      meanPost: suppressed,
      meanChange: suppressed,
      shareImproved: suppressed,
    });
    expect(report.body.abstinence.map((a) => a.rate)).toEqual(report.body.abstinence.map(() => suppressed));
    expect((await admin.get(`${base}/outcomes/report`)).status).toBe(403);

    // Completing the session puts 李晓雯's hours into volunteers, unverified; the counsellor verifies them.
    const completed = await counsellor.post(`${base}/sessions/${today.id}/complete`);
    expect([completed.status, completed.body.status]).toEqual([200, 'completed']);
    const volunteer = await Caller.signIn(system.baseUrl, account('volunteer'));
    const me = (await volunteer.get<{ id: string }>('/api/volunteers/me')).body;
    const hours = await eventually(async () => {
      const listed = await counsellor.get<any[]>('/api/hours/counselling-sessions');
      return listed.body.find((h) => h.sessionId === today.id) ?? null;
    });
    expect(hours).toMatchObject({
      volunteerId: me.id,
      volunteerName: '李晓雯',
      activity: DEMO_QUIT_PROGRAMME_TITLE,
      status: 'recorded',
      hours: '1.50',
    });
    const mine = await volunteer.get<{ totalVerifiedHours: string; records: any[] }>(
      `/api/volunteers/${me.id}/hours`,
    );
    expect(mine.body.records.find((r) => r.id === hours.id)).toMatchObject({ status: 'recorded' });
    const before = Number(mine.body.totalVerifiedHours);
    const verified = await counsellor.post(`/api/hours/counselling-sessions/${hours.id}/verify`);
    expect([verified.status, verified.body.status]).toEqual([200, 'verified']);
    const after = await volunteer.get<{ totalVerifiedHours: string }>(`/api/volunteers/${me.id}/hours`);
    expect(Number(after.body.totalVerifiedHours)).toBe(before + 1.5);
  }, 180_000);
});
