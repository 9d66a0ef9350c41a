import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { screeningService } from '../../apps/screening/src/screening.service-definition';
import { volunteersService } from '../../apps/volunteers/src/volunteers.service-definition';
import { eventually } from '../../apps/volunteers/test/partner-event-fixtures';

interface Shift {
  id: string;
  title: string;
  capacity: number;
  requiredCertifications: string[];
}

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

describe('a screening session becomes volunteers’ shifts; a trained screener signs up and screens there', () => {
  let screening: TestService;
  let volunteers: TestService;
  let coordinatorAtScreening: HttpClient;
  let coordinatorAtVolunteers: HttpClient;

  beforeAll(async () => {
    screening = await startTestService(screeningService);
    volunteers = await startTestService(volunteersService, { WAITLIST_SWEEP_INTERVAL_MS: '0' });
    const coordinator = await tokenFor(principal('coordinator'));
    coordinatorAtScreening = screening.http.withToken(coordinator);
    coordinatorAtVolunteers = volunteers.http.withToken(coordinator);
  });
  afterAll(async () => {
    await volunteers?.close();
    await screening?.close();
  });

  it('scheduled in screening; open shifts in volunteers; a sign-up shows as confirmed 1 and opens the session’s residents to the screener', async () => {
    const campaign = await coordinatorAtScreening.post<{ id: string }>('/api/campaigns', {
      name: '“记忆礼包”社区认知障碍筛查（2026 秋季）',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      partnerOrganisationIds: [],
      targets: [{ community: '滨海路社区', target: 120 }],
    });
    expect(campaign.status).toBe(201);
    // Starts in 40 minutes: volunteers may still sign up, and the screener's hour before has begun.
    const session = await coordinatorAtScreening.post<{ id: string }>(
      `/api/campaigns/${campaign.body.id}/sessions`,
      {
        community: '滨海路社区',
        venue: { name: '滨海路社区党群服务中心', address: '烟台市莱山区滨海路 88 号' },
        startsAt: inMinutes(40),
        endsAt: inMinutes(220),
        roles: [
          { key: 'screener', name: '认知筛查员', count: 2, requiredCertifications: ['认知筛查'] },
          { key: 'registrar', name: '登记引导', count: 1 },
        ],
      },
    );
    expect(session.status).toBe(201);
    const sessionId = session.body.id;

    const shifts = await eventually(async () => {
      const found = (
        await coordinatorAtVolunteers.get<{ items: Shift[] }>(
          `/api/shifts?sourceType=screening_session&sourceId=${sessionId}`,
        )
      ).body.items;
      return found.length === 2 ? found : null;
    }, 5000);
    expect(shifts.map((s) => [s.title, s.capacity, s.requiredCertifications]).sort()).toEqual([
      ['“记忆礼包”社区认知障碍筛查（2026 秋季） · 滨海路社区 认知筛查 · 登记引导', 1, []],
      ['“记忆礼包”社区认知障碍筛查（2026 秋季） · 滨海路社区 认知筛查 · 认知筛查员', 2, ['认知筛查']],
    ]);

    const volunteer = await coordinatorAtVolunteers.post<{ id: string }>('/api/volunteers', {
      name: '李晓雯',
      studentNumber: `S${process.pid}02`,
      mobile: '13905350000',
    });
    expect(volunteer.status).toBe(201);
    const volunteerId = volunteer.body.id;
    const certified = await coordinatorAtVolunteers.post(`/api/volunteers/${volunteerId}/certifications`, {
      name: '认知筛查',
      issuedOn: '2026-06-01',
    });
    expect(certified.status).toBe(201);
    const token = await tokenFor(principal('volunteer', { volunteerId }));
    const screenerShift = shifts.find((s) => s.title.endsWith('认知筛查员'))!;
    const open = await volunteers.http.withToken(token).get<{ items: Shift[] }>('/api/shifts?limit=100');
    expect(open.body.items.map((s) => s.id)).toContain(screenerShift.id);
    const signup = await volunteers.http
      .withToken(token)
      .post<{ status: string }>(`/api/shifts/${screenerShift.id}/signups`, {});
    expect(signup.status).toBe(201);
    expect(signup.body.status).toBe('confirmed');

    const staffed = await eventually(async () => {
      const view = (
        await coordinatorAtScreening.get<{ staffing: { needed: number; confirmed: number } }>(
          `/api/sessions/${sessionId}`,
        )
      ).body;
      return view.staffing.confirmed === 1 ? view : null;
    }, 5000);
    expect(staffed.staffing).toMatchObject({ needed: 3, confirmed: 1 });

    const screener = screening.http.withToken(token);
    const registered = await eventually(async () => {
      const response = await screener.post<{ id: string; sessionId: string }>('/api/residents', {
        campaignId: campaign.body.id,
        sessionId,
        name: '王桂兰',
        sex: 'female',
        birthDate: '1956-03-12',
        community: '滨海路社区',
        consents: [
          { kind: 'screening', granted: true, textVersion: 'screening-consent-2026.1' },
          { kind: 'data_processing', granted: true, textVersion: 'data-consent-2026.1' },
        ],
      });
      return response.status === 201 ? response : null;
    }, 5000);
    expect(registered.body.sessionId).toBe(sessionId);
  });
});
