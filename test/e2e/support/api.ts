import { DEMO_ACCOUNTS, DEMO_ADMIN } from '../../../scripts/demo/demo-data';

type DemoAccount = (typeof DEMO_ACCOUNTS)[number];
const demoAccount = <L extends DemoAccount['label']>(label: L) =>
  DEMO_ACCOUNTS.find((a): a is Extract<DemoAccount, { label: L }> => a.label === label)!;

export const ACCOUNTS = {
  admin: DEMO_ADMIN,
  coordinator: demoAccount('coordinator'),
  counsellor: demoAccount('counsellor'),
  partner: demoAccount('partner'),
  hospital: demoAccount('hospital'),
  volunteer: demoAccount('volunteer'),
  leader: demoAccount('team leader'),
};

/** A small client for setting the scene through the gateway, as someone would in another browser. */
export class Api {
  private constructor(
    private readonly baseUrl: string,
    readonly token: string,
  ) {}

  static async signIn(baseUrl: string, account: { email: string; password: string }): Promise<Api> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: account.email, password: account.password }),
    });
    if (!response.ok)
      throw new Error(`sign-in of ${account.email}: ${response.status} ${await response.text()}`);
    const { accessToken } = (await response.json()) as { accessToken: string };
    return new Api(baseUrl, accessToken);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  async volunteerId(studentNumber: string): Promise<string> {
    const page = await this.get<{ items: { id: string; studentNumber: string }[] }>(
      `/api/volunteers?q=&limit=100`,
    );
    const found = page.items.find((v) => v.studentNumber === studentNumber);
    if (!found) throw new Error(`No volunteer ${studentNumber}`);
    return found.id;
  }
}

/** ISO 8601 with the station's +08:00 offset, `minutes` from now, on a whole minute. */
export function inMinutes(minutes: number): string {
  const t = new Date(Math.floor(Date.now() / 60_000) * 60_000 + minutes * 60_000 + 8 * 3600_000);
  return t.toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

export interface Shift {
  id: string;
  title: string;
}

/** A shift of the demo data that has not ended, by its title. */
export async function demoShift(api: Api, title: string): Promise<Shift> {
  const page = await api.get<{ items: Shift[] }>('/api/shifts?limit=100');
  const found = page.items.find((s) => s.title === title);
  if (!found) throw new Error(`The demo data has no shift “${title}” to come`);
  return found;
}

/** A shift created by the coordinator for one test (unique title, so tests don't see each other's). */
export async function createShift(api: Api, fields: Record<string, unknown>): Promise<Shift> {
  return api.post<Shift>('/api/shifts', {
    description: '测试岗位',
    location: { venue: '滨海路社区党群服务中心', address: '烟台市莱山区滨海路 88 号' },
    capacity: 5,
    ...fields,
  });
}
