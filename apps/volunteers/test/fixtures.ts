import { principal, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import type { DataSource } from 'typeorm';
import { localDateOf } from '../src/time/local-date';

let serial = 0;

/** A local (Asia/Shanghai) time some days from today, with its offset: `at(3, '09:00')`. */
export function at(daysFromToday: number, clock: string): string {
  return `${localDateOf(new Date(Date.now() + daysFromToday * 86_400_000))}T${clock}:00+08:00`;
}

/** The local date some days from today, YYYY-MM-DD. */
export function onDay(daysFromToday: number): string {
  return localDateOf(new Date(Date.now() + daysFromToday * 86_400_000));
}

/**
 * After a race for a shift: it is full, its seat counter at capacity and its ticket counter at the
 * number waitlisted, and the waitlisted answers make one line, their places 1..n without gaps or
 * repeats, each the place of the ticket the database holds for that sign-up.
 */
export async function expectFullInOneLine(
  db: DataSource,
  shiftId: string,
  capacity: number,
  waitlisted: readonly { body: { id: string; waitlistPosition: number | null } }[],
): Promise<void> {
  const [row] = await db.query<{ seats_taken: number; waitlist_counter: number; status: string }[]>(
    'SELECT seats_taken, waitlist_counter, status FROM shifts WHERE id = ?',
    [shiftId],
  );
  expect(row).toEqual({ seats_taken: capacity, waitlist_counter: waitlisted.length, status: 'full' });
  const positions = waitlisted.map((r) => r.body.waitlistPosition as number).sort((x, y) => x - y);
  expect(positions).toEqual(Array.from({ length: waitlisted.length }, (_, i) => i + 1));
  const tickets = new Map(
    (
      await db.query<{ id: string; t: number }[]>(
        "SELECT id, waitlist_ticket AS t FROM shift_signups WHERE shift_id = ? AND status = 'waitlisted'",
        [shiftId],
      )
    ).map((row) => [row.id, row.t]),
  );
  expect(tickets.size).toBe(waitlisted.length);
  for (const r of waitlisted) expect(r.body.waitlistPosition).toBe(tickets.get(r.body.id));
}

/** Small factories for the volunteers service's tests: each call builds fresh data over the API. */
export class VolunteersFixture {
  constructor(
    readonly service: TestService,
    readonly coordinator: HttpClient,
  ) {}

  static async start(service: TestService): Promise<VolunteersFixture> {
    return new VolunteersFixture(service, service.http.withToken(await tokenFor(principal('coordinator'))));
  }

  /** Registers a volunteer and answers their id. */
  async volunteer(overrides: Record<string, unknown> = {}): Promise<string> {
    serial += 1;
    const response = await this.coordinator.post<{ id: string }>('/api/volunteers', {
      name: `志愿者${serial}`,
      studentNumber: `S${process.pid}${String(serial).padStart(5, '0')}`,
      mobile: '13905350000',
      ...overrides,
    });
    if (response.status !== 201)
      throw new Error(`volunteer: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  }

  /** A client acting as that volunteer. */
  async as(volunteerId: string): Promise<HttpClient> {
    return this.service.http.withToken(await tokenFor(principal('volunteer', { volunteerId })));
  }

  async certify(
    volunteerId: string,
    name: string,
    issuedOn = '2020-01-01',
    expiresOn?: string,
  ): Promise<void> {
    const response = await this.coordinator.post(`/api/volunteers/${volunteerId}/certifications`, {
      name,
      issuedOn,
      ...(expiresOn ? { expiresOn } : {}),
    });
    if (response.status !== 201)
      throw new Error(`certify: ${response.status} ${JSON.stringify(response.body)}`);
  }

  async team(name = `服务队${(serial += 1)}`): Promise<string> {
    const response = await this.coordinator.post<{ id: string }>('/api/teams', { name });
    if (response.status !== 201) throw new Error(`team: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  }

  /** Creates a shift (as the coordinator unless another client is given) and answers its id. */
  async shift(
    overrides: Record<string, unknown> = {},
    client: HttpClient = this.coordinator,
  ): Promise<string> {
    const response = await client.post<{ id: string }>('/api/shifts', {
      title: '社区消防安全宣传',
      location: { venue: '南山社区服务中心', address: '烟台市芝罘区南山路 12 号' },
      startsAt: at(7, '09:00'),
      endsAt: at(7, '12:00'),
      capacity: 3,
      cancellationCutoffHours: 24,
      ...overrides,
    });
    if (response.status !== 201)
      throw new Error(`shift: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  }

  async join(teamId: string, volunteerId: string, role: 'leader' | 'member' = 'member'): Promise<void> {
    const response = await this.coordinator.request('PUT', `/api/teams/${teamId}/members/${volunteerId}`, {
      role,
    });
    if (response.status !== 200) throw new Error(`join: ${response.status} ${JSON.stringify(response.body)}`);
  }
}
