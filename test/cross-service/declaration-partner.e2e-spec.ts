import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { eventually } from '../../apps/screening/test/pathway-fixtures';
import { onDay, VolunteersFixture } from '../../apps/volunteers/test/fixtures';
import { volunteersService } from '../../apps/volunteers/src/volunteers.service-definition';

interface Declaration {
  id: string;
  status: string;
  rejectReason: string | null;
  reviewerRole: string | null;
  hoursRecordId: string | null;
}

interface InboxItem {
  id: string;
  itemId: string;
  kind: string;
  title: string;
  summary: string | null;
  status: string;
  origin: { service: string; entityType: string; entityId: string };
  details: Record<string, unknown> | null;
}

/**
 * Issue 13, part 2: a volunteer's declaration naming a partner organisation goes to that organisation's
 * inbox (partners.inbox.item-received.v1), and what its member answers there comes back to volunteers
 * (partners.inbox.outcome-recorded.v1): confirmed, the hours count as verified by the partner; declined,
 * the volunteer reads the partner's reason. Two services, each its own database, over real JetStream.
 */
describe('declared hours confirmed by the partner organisation through its inbox', () => {
  let partners: TestService;
  let volunteers: TestService;
  let fx: VolunteersFixture;
  let community: { id: string; member: HttpClient };
  let other: { id: string; member: HttpClient };

  const organisation = async (name: string) => {
    const coordinator = partners.http.withToken(await tokenFor(principal('coordinator')));
    const id = (
      await coordinator.post<{ id: string }>('/api/organisations', { name, kind: 'residents_committee' })
    ).body.id;
    const member = partners.http.withToken(
      await tokenFor(principal('partner', { organisationId: id, displayName: '滨海路社区刘主任' })),
    );
    return { id, member };
  };

  beforeAll(async () => {
    partners = await startTestService(partnersService);
    volunteers = await startTestService(volunteersService, {
      WAITLIST_SWEEP_INTERVAL_MS: '0',
      ATTENDANCE_SWEEP_INTERVAL_MS: '0',
      NOTIFICATION_SWEEP_INTERVAL_MS: '0',
    });
    fx = await VolunteersFixture.start(volunteers);
    community = await organisation('滨海路社区居委会');
    other = await organisation('芝罘区颐养中心');
    // Volunteers learns the organisations from partners.organisation.registered.v1.
    await eventually(async () => {
      const listed = (await fx.coordinator.get<{ items: { id: string }[] }>('/api/volunteers/organisations'))
        .body.items;
      return [community.id, other.id].every((id) => listed.some((o) => o.id === id)) || undefined;
    });
  });
  afterAll(async () => {
    await volunteers?.close();
    await partners?.close();
  });

  async function declare(volunteer: HttpClient, activity: string): Promise<Declaration> {
    const response = await volunteer.post<Declaration>('/api/hours/declarations', {
      activity,
      serviceDate: onDay(-3),
      place: '滨海路社区活动室',
      content: '协助社区老人使用智能手机挂号',
      hours: '2',
      contactName: '刘主任',
      contactPhone: '0535-6661234',
      partnerOrganisationId: community.id,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  const itemOf = (declarationId: string) =>
    eventually(async () => {
      const items = (await community.member.get<{ items: InboxItem[] }>('/api/inbox?kind=hours_declaration'))
        .body.items;
      return items.find((i) => i.itemId === declarationId);
    });

  const settled = (volunteer: HttpClient, id: string) =>
    eventually(async () => {
      const mine = (await volunteer.get<Declaration[]>('/api/hours/declarations/me')).body;
      const found = mine.find((d) => d.id === id);
      return found && found.status !== 'pending' ? found : undefined;
    });

  it('the partner confirms from its inbox: the hours count, verified by the partner organisation', async () => {
    const id = await fx.volunteer({ name: '王小雨' });
    const volunteer = await fx.as(id);
    const declared = await declare(volunteer, '智能手机助老课堂');

    const item = await itemOf(declared.id);
    expect(item).toMatchObject({
      kind: 'hours_declaration',
      title: '智能手机助老课堂',
      summary: '协助社区老人使用智能手机挂号',
      status: 'received',
      origin: { service: 'volunteers', entityType: 'hours_declaration', entityId: declared.id },
      details: {
        volunteer: '王小雨',
        serviceDate: onDay(-3),
        place: '滨海路社区活动室',
        hours: 2,
        contactName: '刘主任',
        contactPhone: '0535-6661234',
      },
    });
    // Another organisation does not see it, nor can it answer it.
    expect((await other.member.get(`/api/inbox/${item.id}`)).status).toBe(404);
    expect((await other.member.post(`/api/inbox/${item.id}/outcome`, { status: 'completed' })).status).toBe(
      404,
    );
    expect((await fx.coordinator.get(`/api/volunteers/${id}/hours`)).body.totalVerifiedHours).toBe('0.00');

    const answered = await community.member.post(`/api/inbox/${item.id}/outcome`, {
      status: 'completed',
      category: 'confirmed',
    });
    expect(answered.status).toBe(200);
    const confirmed = await settled(volunteer, declared.id);
    expect(confirmed).toMatchObject({ status: 'confirmed', reviewerRole: 'partner' });
    const hours = (
      await fx.coordinator.get<{
        totalVerifiedHours: string;
        records: { id: string; status: string; verifierOrganisationName: string | null }[];
      }>(`/api/volunteers/${id}/hours`)
    ).body;
    expect(hours.totalVerifiedHours).toBe('2.00');
    expect(hours.records).toEqual([
      expect.objectContaining({
        id: confirmed.hoursRecordId,
        status: 'verified',
        verifierOrganisationName: '滨海路社区居委会',
      }),
    ]);
  });

  it('the partner declines with a reason: the volunteer reads it, nothing counts', async () => {
    const id = await fx.volunteer({ name: '赵晨' });
    const volunteer = await fx.as(id);
    const declared = await declare(volunteer, '社区义诊引导');
    const item = await itemOf(declared.id);
    expect((await community.member.post(`/api/inbox/${item.id}/accept`, {})).status).toBe(200);
    expect(
      (
        await community.member.post(`/api/inbox/${item.id}/outcome`, {
          status: 'declined',
          category: 'rejected',
          notes: '当天签到表上没有这位同学',
        })
      ).status,
    ).toBe(200);
    expect(await settled(volunteer, declared.id)).toMatchObject({
      status: 'rejected',
      reviewerRole: 'partner',
      rejectReason: '当天签到表上没有这位同学',
    });
    expect((await fx.coordinator.get(`/api/volunteers/${id}/hours`)).body.totalVerifiedHours).toBe('0.00');
  });

  it('a declaration a coordinator reviewed first keeps that outcome when the partner answers later', async () => {
    const id = await fx.volunteer({ name: '钱多多' });
    const volunteer = await fx.as(id);
    const declared = await declare(volunteer, '垃圾分类宣传');
    const item = await itemOf(declared.id);
    const rejected = await fx.coordinator.post<Declaration>(`/api/hours/declarations/${declared.id}/reject`, {
      reason: '重复申报',
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', reviewerRole: 'coordinator' });

    expect(
      (await community.member.post(`/api/inbox/${item.id}/outcome`, { status: 'completed' })).status,
    ).toBe(200);
    // A later declaration's outcome, answered after, is applied: so the earlier one has been handled.
    const later = await declare(volunteer, '垃圾分类宣传（第二场）');
    const laterItem = await itemOf(later.id);
    await community.member.post(`/api/inbox/${laterItem.id}/outcome`, { status: 'completed' });
    expect(await settled(volunteer, later.id)).toMatchObject({ status: 'confirmed' });
    const mine = (await volunteer.get<Declaration[]>('/api/hours/declarations/me')).body;
    expect(mine.find((d) => d.id === declared.id)).toMatchObject({
      status: 'rejected',
      rejectReason: '重复申报',
    });
    expect((await fx.coordinator.get(`/api/volunteers/${id}/hours`)).body.totalVerifiedHours).toBe('2.00');
  });
});
