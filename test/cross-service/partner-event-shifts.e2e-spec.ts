import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { volunteersService } from '../../apps/volunteers/src/volunteers.service-definition';
import { at } from '../../apps/volunteers/test/fixtures';
import { eventually } from '../../apps/volunteers/test/partner-event-fixtures';

describe('a partner’s approved event becomes volunteers’ shifts, and their staffing comes back', () => {
  let partners: TestService;
  let volunteers: TestService;
  let coordinatorAtPartners: HttpClient;
  let coordinatorAtVolunteers: HttpClient;

  beforeAll(async () => {
    partners = await startTestService(partnersService);
    volunteers = await startTestService(volunteersService, { WAITLIST_SWEEP_INTERVAL_MS: '0' });
    const coordinator = await tokenFor(principal('coordinator'));
    coordinatorAtPartners = partners.http.withToken(coordinator);
    coordinatorAtVolunteers = volunteers.http.withToken(coordinator);
  });
  afterAll(async () => {
    await volunteers?.close();
    await partners?.close();
  });

  it('registered, submitted and approved in partners; open shifts in volunteers; a sign-up shows in partners’ staffing', async () => {
    const organisation = await coordinatorAtPartners.post<{ id: string }>('/api/organisations', {
      name: '滨海路社区居委会',
      kind: 'residents_committee',
    });
    expect(organisation.status).toBe(201);
    const member = partners.http.withToken(
      await tokenFor(principal('partner', { organisationId: organisation.body.id, displayName: '王丽' })),
    );
    const registered = await member.post<{ id: string }>('/api/events', {
      title: '重阳节敬老探访',
      description: '走访辖区独居老人，陪伴聊天、测量血压。',
      kind: 'elderly_care_visit',
      community: '滨海路社区',
      venue: { name: '滨海路社区党群服务中心', address: '烟台市莱山区滨海路 88 号' },
      schedule: { startsAt: at(7, '09:00'), endsAt: at(7, '11:30') },
      roles: [
        { key: 'guide', name: '签到引导', count: 2, signupMode: 'auto' },
        { key: 'visit', name: '入户陪伴', count: 4, signupMode: 'approval' },
      ],
      contact: { name: '王丽', phone: '13805351234' },
    });
    expect(registered.status).toBe(201);
    const eventId = registered.body.id;
    expect((await member.post(`/api/events/${eventId}/submit`, {})).status).toBe(200);
    expect((await coordinatorAtPartners.post(`/api/events/${eventId}/approve`, {})).status).toBe(200);

    const shifts = await eventually(async () => {
      const found = (
        await coordinatorAtVolunteers.get<{ items: { id: string; title: string; capacity: number }[] }>(
          `/api/shifts?sourceType=partner_event&sourceId=${eventId}`,
        )
      ).body.items;
      return found.length === 2 ? found : null;
    }, 5000);
    expect(shifts.map((s) => [s.title, s.capacity]).sort()).toEqual([
      ['重阳节敬老探访 · 入户陪伴', 4],
      ['重阳节敬老探访 · 签到引导', 2],
    ]);

    const volunteer = await coordinatorAtVolunteers.post<{ id: string }>('/api/volunteers', {
      name: '李晓雯',
      studentNumber: `S${process.pid}01`,
      mobile: '13905350000',
    });
    expect(volunteer.status).toBe(201);
    const asVolunteer = volunteers.http.withToken(
      await tokenFor(principal('volunteer', { volunteerId: volunteer.body.id })),
    );
    const guide = shifts.find((s) => s.title.endsWith('签到引导'))!;
    const signup = await asVolunteer.post<{ status: string }>(`/api/shifts/${guide.id}/signups`, {});
    expect(signup.status).toBe(201);
    expect(signup.body.status).toBe('confirmed');

    type Staffing = {
      confirmed: number;
      needed: number;
      shifts: { shiftId: string; volunteers: { volunteerId: string | null; name: string | null }[] }[];
    };
    const comingTo = (view: Staffing) => view.shifts.find((s) => s.shiftId === guide.id)?.volunteers ?? [];
    const staffing = await eventually(async () => {
      const view = (await member.get<Staffing>(`/api/events/${eventId}/staffing`)).body;
      return view.confirmed === 1 && comingTo(view).length === 1 ? view : null;
    }, 5000);
    expect(staffing).toMatchObject({ needed: 6, confirmed: 1 });
    // The partner sees who is coming by first name only; the coordinator sees the name and the volunteer.
    expect(comingTo(staffing)).toEqual([{ volunteerId: null, name: '晓雯' }]);
    const full = (await coordinatorAtPartners.get<Staffing>(`/api/events/${eventId}/staffing`)).body;
    expect(comingTo(full)).toEqual([{ volunteerId: volunteer.body.id, name: '李晓雯' }]);
  });
});
