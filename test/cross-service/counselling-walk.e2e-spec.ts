import {
  DEMO_ACCOUNTS,
  DEMO_ADMIN,
  DEMO_QUIT_PROGRAMME_TITLE,
  DEMO_STUDENTS,
} from '../../scripts/demo/demo-data';
import { seedDemoData } from '../../scripts/demo/seed-demo';
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
  }, 180_000);
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
});
