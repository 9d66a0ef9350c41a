import { startTestService, type HttpClient, type TestService } from '@linkage/testing';
import { DataSource } from 'typeorm';
import { volunteersService } from '../src/volunteers.service-definition';
import { at, onDay, VolunteersFixture } from './fixtures';

interface Declaration {
  id: string;
  volunteerName: string;
  status: string;
  hours: string;
  rejectReason: string | null;
  reviewerRole: string | null;
  hoursRecordId: string | null;
}

interface VolunteerHours {
  totalVerifiedHours: string;
  records: { id: string; hours: string; status: string; serviceDate: string; trimmedHours: string }[];
}

/**
 * Declared hours against real MariaDB: a volunteer declares service done outside Linkage (or after a
 * shift), a coordinator or the shift's leader confirms it (then, and only then, it counts as verified
 * hours under the usual rules) or rejects it with a reason; another volunteer's declaration is not there.
 */
describe('volunteers: declared hours', () => {
  let service: TestService;
  let fx: VolunteersFixture;
  let coordinator: HttpClient;
  let db: DataSource;

  beforeAll(async () => {
    service = await startTestService(volunteersService, {
      WAITLIST_SWEEP_INTERVAL_MS: '0',
      ATTENDANCE_SWEEP_INTERVAL_MS: '0',
      NOTIFICATION_SWEEP_INTERVAL_MS: '0',
    });
    fx = await VolunteersFixture.start(service);
    coordinator = fx.coordinator;
    db = service.app.get(DataSource);
  });
  afterAll(() => service.close());

  const declaration = (overrides: Record<string, unknown> = {}) => ({
    activity: '滨海路社区敬老院探访',
    serviceDate: onDay(-2),
    place: '滨海路社区敬老院',
    content: '陪老人聊天，协助午餐',
    hours: '2',
    contactName: '李主任',
    contactPhone: '0535-6661234',
    ...overrides,
  });

  async function declare(client: HttpClient, overrides: Record<string, unknown> = {}): Promise<Declaration> {
    const response = await client.post<Declaration>('/api/hours/declarations', declaration(overrides));
    expect(response.status).toBe(201);
    return response.body;
  }

  const hoursOf = async (volunteerId: string) =>
    (await coordinator.get<VolunteerHours>(`/api/volunteers/${volunteerId}/hours`)).body;

  it('counts declared hours only once confirmed, as verified by the coordinator, however often confirmed', async () => {
    const me = await fx.volunteer({ name: '申报人陈雨' });
    const volunteer = await fx.as(me);
    const declared = await declare(volunteer);
    expect(declared).toMatchObject({ status: 'pending', hours: '2.00', volunteerName: '申报人陈雨' });
    expect((await volunteer.get<Declaration[]>('/api/hours/declarations/me')).body.map((d) => d.id)).toEqual([
      declared.id,
    ]);
    expect((await hoursOf(me)).totalVerifiedHours).toBe('0.00');
    const pending = await coordinator.get<Declaration[]>('/api/hours/declarations?status=pending');
    expect(pending.body.map((d) => d.id)).toContain(declared.id);

    const confirmed = await coordinator.post<Declaration>(`/api/hours/declarations/${declared.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', reviewerRole: 'coordinator' });
    const hours = await hoursOf(me);
    expect(hours.totalVerifiedHours).toBe('2.00');
    expect(hours.records).toEqual([
      expect.objectContaining({
        id: confirmed.body.hoursRecordId,
        hours: '2.00',
        status: 'verified',
        serviceDate: onDay(-2),
      }),
    ]);
    const [shift] = await db.query<{ title: string; venue: string; source_type: string }[]>(
      'SELECT s.title, s.venue, s.source_type FROM shifts s JOIN hours_records h ON h.shift_id = s.id WHERE h.id = ?',
      [confirmed.body.hoursRecordId],
    );
    expect(shift).toEqual({
      title: '滨海路社区敬老院探访',
      venue: '滨海路社区敬老院',
      source_type: 'hours_declaration',
    });

    // A second confirmation (a double tap) changes nothing; rejecting it now is a conflict.
    const again = await coordinator.post<Declaration>(`/api/hours/declarations/${declared.id}/confirm`);
    expect(again.status).toBe(200);
    expect(again.body.hoursRecordId).toBe(confirmed.body.hoursRecordId);
    expect((await hoursOf(me)).records).toHaveLength(1);
    const reject = await coordinator.post<{ code: string }>(`/api/hours/declarations/${declared.id}/reject`, {
      reason: '重复申报',
    });
    expect(reject.status).toBe(409);
    expect(reject.body.code).toBe('DECLARATION_ALREADY_REVIEWED');
    const [points] = await db.query<{ n: string }[]>(
      'SELECT COUNT(*) AS n FROM points_ledger WHERE volunteer_id = ? AND source_id = ?',
      [me, confirmed.body.hoursRecordId],
    );
    expect(Number(points.n)).toBe(1);
  });

  it('rejects with a reason the volunteer reads; rejected hours never count', async () => {
    const me = await fx.volunteer();
    const volunteer = await fx.as(me);
    const declared = await declare(volunteer);
    const rejected = await coordinator.post<Declaration>(`/api/hours/declarations/${declared.id}/reject`, {
      reason: '当天签到表上没有该同学',
    });
    expect(rejected.status).toBe(200);
    const [mine] = (await volunteer.get<Declaration[]>('/api/hours/declarations/me')).body;
    expect(mine).toMatchObject({
      status: 'rejected',
      rejectReason: '当天签到表上没有该同学',
      hoursRecordId: null,
    });
    expect((await coordinator.post(`/api/hours/declarations/${declared.id}/confirm`)).status).toBe(409);
    expect(await hoursOf(me)).toMatchObject({ totalVerifiedHours: '0.00', records: [] });
  });

  it('keeps the usual rules: half hours, at most 8 h a day across all the volunteer’s records', async () => {
    const me = await fx.volunteer();
    const volunteer = await fx.as(me);
    const first = await declare(volunteer, { hours: '5', serviceDate: onDay(-3) });
    const second = await declare(volunteer, { hours: 5.5, serviceDate: onDay(-3) });
    await coordinator.post(`/api/hours/declarations/${first.id}/confirm`);
    await coordinator.post(`/api/hours/declarations/${second.id}/confirm`);
    const hours = await hoursOf(me);
    expect(hours.totalVerifiedHours).toBe('8.00');
    expect(hours.records.map((r) => [r.hours, r.trimmedHours]).sort()).toEqual([
      ['3.00', '2.50'],
      ['5.00', '0.00'],
    ]);
  });

  it('answers bad input with 400 field details and stable codes', async () => {
    const volunteer = await fx.as(await fx.volunteer());
    const bad = await volunteer.post<{ code: string; details: { field: string }[] }>(
      '/api/hours/declarations',
      declaration({ activity: ' ', hours: '3.2', contactPhone: '电话', serviceDate: '2026-13-40' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details.map((d) => d.field).sort()).toEqual(
      ['activity', 'contactPhone', 'hours', 'serviceDate'].sort(),
    );
    for (const hours of ['0', '8.5', '-1', '12']) {
      expect((await volunteer.post('/api/hours/declarations', declaration({ hours }))).status).toBe(400);
    }
    const future = await volunteer.post<{ code: string }>(
      '/api/hours/declarations',
      declaration({ serviceDate: onDay(2) }),
    );
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('DECLARATION_IN_FUTURE');
    const noShift = await volunteer.post<{ code: string }>(
      '/api/hours/declarations',
      declaration({ shiftId: '0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a' }),
    );
    expect(noShift.status).toBe(404);
    expect(noShift.body.code).toBe('DECLARATION_SHIFT_NOT_FOUND');
    const noPartner = await volunteer.post<{ code: string }>(
      '/api/hours/declarations',
      declaration({ partnerOrganisationId: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f' }),
    );
    expect(noPartner.status).toBe(404);
    expect(noPartner.body.code).toBe('DECLARATION_PARTNER_NOT_FOUND');
  });

  it('leaves another volunteer’s declaration out of reach (404) and the leader reviews their team’s shifts’', async () => {
    const team = await fx.team();
    const leaderId = await fx.volunteer({ name: '队长周宁' });
    await fx.join(team, leaderId, 'leader');
    const leader = await fx.as(leaderId);
    const memberId = await fx.volunteer({ name: '队员孙晓' });
    await fx.join(team, memberId);
    const member = await fx.as(memberId);
    const outsider = await fx.as(await fx.volunteer());
    const shift = await fx.shift({ teamId: team, startsAt: at(-1, '09:00'), endsAt: at(-1, '11:00') });

    const afterShift = await declare(member, { shiftId: shift, serviceDate: onDay(-1), hours: '1.5' });
    const offSystem = await declare(member);
    const leadersOwn = await declare(leader, { shiftId: shift, serviceDate: onDay(-1) });

    for (const id of [afterShift.id, offSystem.id]) {
      const response = await outsider.post<{ code: string }>(`/api/hours/declarations/${id}/confirm`);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('DECLARATION_NOT_FOUND');
    }
    expect((await outsider.get<Declaration[]>('/api/hours/declarations/me')).body).toEqual([]);
    expect((await outsider.get<Declaration[]>('/api/hours/declarations')).body).toEqual([]);

    const queue = (await leader.get<Declaration[]>('/api/hours/declarations')).body.map((d) => d.id);
    expect(queue).toEqual([afterShift.id]);
    expect((await leader.post(`/api/hours/declarations/${offSystem.id}/confirm`)).status).toBe(404);
    expect((await leader.post(`/api/hours/declarations/${leadersOwn.id}/confirm`)).status).toBe(404);
    const confirmed = await leader.post<Declaration>(`/api/hours/declarations/${afterShift.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.reviewerRole).toBe('team_leader');
    const [record] = await db.query<{ shift_id: string; verified_by: string; hours: string }[]>(
      'SELECT shift_id, verified_by, hours FROM hours_records WHERE id = ?',
      [confirmed.body.hoursRecordId],
    );
    expect(record).toMatchObject({ shift_id: shift, hours: '1.50' });
    expect(await hoursOf(memberId)).toMatchObject({ totalVerifiedHours: '1.50' });
  });
});
