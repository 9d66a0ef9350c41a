import { EventSubject, PartnerEventScheduleV1 } from '@linkage/contracts';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { partnersService } from '../src/partners.service-definition';
import { eventBody, outboxPayloads, partnerWorld, type PartnerWorld } from './event-fixtures';

describe('partners: event registrations from draft to approval', () => {
  let partners: TestService;
  let w: PartnerWorld;

  beforeAll(async () => {
    partners = await startTestService(partnersService);
    w = await partnerWorld(partners);
  });
  afterAll(() => partners.close());

  const create = async (client: HttpClient = w.member, overrides: Record<string, unknown> = {}) => {
    const response = await client.post('/api/events', eventBody(overrides));
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number; status: string };
  };

  it('runs the whole lifecycle: draft, submit, changes requested, fixed, resubmitted, approved, completed', async () => {
    const draft = await create();
    expect(draft).toMatchObject({
      status: 'draft',
      version: 1,
      organisationId: w.ownOrg,
      organisationName: expect.stringContaining('滨海路社区居委会'),
      occurrences: [
        { key: '2026-12-05', startsAt: '2026-12-05T01:00:00.000Z', endsAt: '2026-12-05T03:30:00.000Z' },
      ],
      contact: { name: '王丽', phone: '13805351234' },
      attachments: [{ name: '活动方案.pdf', url: 'https://files.example.org/plan.pdf', storageKey: null }],
    });
    const id = draft.id;

    expect((await w.member.post(`/api/events/${id}/submit`, {})).body.status).toBe('submitted');
    const sentBack = await w.coordinator.post(`/api/events/${id}/request-changes`, {
      comment: '请把签到引导增加到 3 人。',
    });
    expect(sentBack.status).toBe(200);
    expect(sentBack.body.status).toBe('changes_requested');

    const fixed = await w.member.patch(`/api/events/${id}`, {
      roles: [
        { key: 'guide', name: '签到引导', count: 3 },
        { key: 'visit', name: '入户陪伴', count: 3, signupMode: 'approval' },
      ],
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.roles[0]).toEqual({
      key: 'guide',
      name: '签到引导',
      count: 3,
      requiredSkills: [],
      requiredCertifications: [],
      signupMode: 'auto',
    });
    expect((await w.member.post(`/api/events/${id}/submit`, { comment: '已修改' })).body.status).toBe(
      'submitted',
    );
    const approved = await w.coordinator.post(`/api/events/${id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', version: 6 });
    expect((await w.member.post(`/api/events/${id}/complete`, {})).body.status).toBe('completed');

    // Both sides read the same history: who, in which role, from where to where, and what was said.
    for (const client of [w.member, w.coordinator]) {
      const history = await client.get(`/api/events/${id}/history`);
      expect(history.status).toBe(200);
      expect(
        history.body.items.map((t: any) => [
          t.action,
          t.fromStatus,
          t.toStatus,
          t.byRole,
          t.comment,
          t.version,
        ]),
      ).toEqual([
        ['create', null, 'draft', 'partner', null, 1],
        ['submit', 'draft', 'submitted', 'partner', null, 2],
        ['request_changes', 'submitted', 'changes_requested', 'coordinator', '请把签到引导增加到 3 人。', 3],
        ['submit', 'changes_requested', 'submitted', 'partner', '已修改', 5],
        ['approve', 'submitted', 'approved', 'coordinator', null, 6],
        ['complete', 'approved', 'completed', 'partner', null, 7],
      ]);
      expect(history.body.items[2].byName).toBe('李社工');
    }
  });

  it('publishes the whole schedule on approval, in the transaction of the approval', async () => {
    const project = await w.coordinator.post('/api/projects', {
      name: '五方联动·银龄守护',
      goal: '为滨海路社区独居老人提供探访与健康服务。',
      startsOn: '2026-09-01',
      endsOn: '2027-08-31',
      partners: [{ organisationId: w.ownOrg, role: 'lead' }],
    });
    expect(project.status).toBe(201);
    const projectId = project.body.id as string;
    const notOurs = await w.outsider.post('/api/events', eventBody({ projectId }));
    expect(notOurs.status).toBe(422);
    expect(notOurs.body).toMatchObject({ code: 'EVENT_PROJECT_UNKNOWN', details: { projectId } });
    const { id } = await create(w.member, {
      schedule: {
        startsAt: '2026-12-05T09:00:00+08:00',
        endsAt: '2026-12-05T11:00:00+08:00',
        recurrence: { daysOfWeek: [6, 2], until: '2026-12-12' },
      },
      projectId,
    });
    await w.member.post(`/api/events/${id}/submit`, {});
    const approved = await w.coordinator.post(`/api/events/${id}/approve`, {});
    const payload = (await outboxPayloads(partners, EventSubject.partnersEventApproved)).find(
      (p) => p.eventId === id,
    );
    expect(validateSync(plainToInstance(PartnerEventScheduleV1, payload))).toEqual([]);
    expect(payload).toEqual({
      eventId: id,
      organisationId: w.ownOrg,
      organisationName: approved.body.organisationName,
      title: '重阳节敬老探访',
      description: '走访辖区独居老人，陪伴聊天、测量血压。',
      kind: 'elderly_care_visit',
      community: '滨海路社区',
      venue: {
        name: '滨海路社区党群服务中心',
        address: '烟台市莱山区滨海路 88 号',
        latitude: 37.4638,
        longitude: 121.4479,
      },
      contactName: '王丽',
      contactPhone: '13805351234',
      roles: [
        {
          key: 'guide',
          name: '签到引导',
          count: 2,
          requiredSkills: [],
          requiredCertifications: [],
          signupMode: 'auto',
        },
        {
          key: 'visit',
          name: '入户陪伴',
          count: 4,
          requiredSkills: ['沟通'],
          requiredCertifications: ['红十字救护员证'],
          signupMode: 'approval',
        },
      ],
      occurrences: [
        { key: '2026-12-05', startsAt: '2026-12-05T01:00:00.000Z', endsAt: '2026-12-05T03:00:00.000Z' },
        { key: '2026-12-08', startsAt: '2026-12-08T01:00:00.000Z', endsAt: '2026-12-08T03:00:00.000Z' },
        { key: '2026-12-12', startsAt: '2026-12-12T01:00:00.000Z', endsAt: '2026-12-12T03:00:00.000Z' },
      ],
      projectId,
      version: 3,
      changedAt: approved.body.updatedAt,
    });

    // The project page lists the event with what it needs (two roles, six people, three dates).
    const page = await w.member.get(`/api/projects/${projectId}`);
    expect(page.body.events).toEqual([
      expect.objectContaining({
        eventId: id,
        status: 'approved',
        volunteersNeeded: 18,
        volunteersConfirmed: 0,
      }),
    ]);
    expect(page.body.summary).toMatchObject({ eventsCount: 1, volunteersNeeded: 18 });
    expect(
      (await w.member.get(`/api/events?projectId=${projectId}`)).body.items.map((e: any) => e.id),
    ).toEqual([id]);
  });

  it('lets a coordinator change an approved event (changed.v1, next version) and cancel it (cancelled.v1)', async () => {
    const { id } = await create();
    await w.member.post(`/api/events/${id}/submit`, {});
    await w.coordinator.post(`/api/events/${id}/approve`, {});

    const byPartner = await w.member.patch(`/api/events/${id}`, { venue: { name: '社区活动室' } });
    expect(byPartner.status).toBe(409);
    expect(byPartner.body.code).toBe('EVENT_NOT_EDITABLE');

    const changed = await w.coordinator.patch(`/api/events/${id}`, {
      version: 3,
      venue: { name: '滨海路社区活动室' },
      schedule: { startsAt: '2026-12-05T14:00:00+08:00', endsAt: '2026-12-05T16:00:00+08:00' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ status: 'approved', version: 4 });
    const published = (await outboxPayloads(partners, EventSubject.partnersEventChanged)).filter(
      (p) => p.eventId === id,
    );
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      version: 4,
      venue: { name: '滨海路社区活动室', address: null },
      occurrences: [{ key: '2026-12-05', startsAt: '2026-12-05T06:00:00.000Z' }],
    });

    const stale = await w.coordinator.patch(`/api/events/${id}`, { version: 3, title: '改期' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'EVENT_VERSION_CONFLICT', details: { expected: 3, actual: 4 } });

    expect((await w.member.post(`/api/events/${id}/cancel`, {})).status).toBe(400);
    const cancelled = await w.member.post(`/api/events/${id}/cancel`, { reason: '场地临时被征用' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', statusReason: '场地临时被征用', version: 5 });
    expect(
      (await outboxPayloads(partners, EventSubject.partnersEventCancelled)).filter((p) => p.eventId === id),
    ).toEqual([
      {
        eventId: id,
        organisationId: w.ownOrg,
        reason: '场地临时被征用',
        version: 5,
        cancelledAt: cancelled.body.updatedAt,
      },
    ]);
  });

  /** A partner account that is a member of the organisation in this role (as an accepted invitation leaves it). */
  async function memberAs(
    organisationId: string,
    role: 'manager' | 'staff',
    status: 'active' | 'suspended' = 'active',
  ): Promise<HttpClient> {
    const who = principal('partner', { organisationId, displayName: role === 'manager' ? '周主任' : '小吴' });
    await partners.app.get(DataSource).query(
      `INSERT INTO organisation_members (id, organisation_id, account_id, email, display_name, role, status, invited_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        randomUUID(),
        organisationId,
        who.accountId,
        `${who.accountId}@example.org`,
        who.displayName,
        role,
        status,
        randomUUID(),
      ],
    );
    return partners.http.withToken(await tokenFor(who));
  }

  it("lets the organisation's manager change its approved event (changed.v1, next version); staff and others may not", async () => {
    const { id } = await create();
    await w.member.post(`/api/events/${id}/submit`, {});
    await w.coordinator.post(`/api/events/${id}/approve`, {});
    const [manager, staff, otherManager, suspendedManager] = [
      await memberAs(w.ownOrg, 'manager'),
      await memberAs(w.ownOrg, 'staff'),
      await memberAs(w.otherOrg, 'manager'),
      await memberAs(w.ownOrg, 'manager', 'suspended'),
    ];
    const change = { version: 3, venue: { name: '滨海路社区卫生服务站' } };

    // Staff: the approved event is the manager's or the coordinator's to change (409, as for any partner
    // without the role); another organisation's manager: a missing event; a suspended manager: refused.
    const byStaff = await staff.patch(`/api/events/${id}`, change);
    expect(byStaff.status).toBe(409);
    expect(byStaff.body).toMatchObject({ code: 'EVENT_NOT_EDITABLE', details: { status: 'approved' } });
    expect((await otherManager.patch(`/api/events/${id}`, change)).status).toBe(404);
    const bySuspended = await suspendedManager.patch(`/api/events/${id}`, change);
    expect(bySuspended.status).toBe(403);
    expect(bySuspended.body.code).toBe('MEMBER_SUSPENDED');
    const published = async () =>
      (await outboxPayloads(partners, EventSubject.partnersEventChanged)).filter((p) => p.eventId === id);
    expect(await published()).toEqual([]);

    const changed = await manager.patch(`/api/events/${id}`, {
      ...change,
      schedule: { startsAt: '2026-12-05T14:00:00+08:00', endsAt: '2026-12-05T16:30:00+08:00' },
      roles: (eventBody().roles as Record<string, unknown>[]).map((r) =>
        r.key === 'visit' ? { ...r, count: 5 } : r,
      ),
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ status: 'approved', version: 4 });
    const [payload] = await published();
    expect(await published()).toHaveLength(1);
    expect(payload).toMatchObject({
      eventId: id,
      version: 4,
      venue: { name: '滨海路社区卫生服务站' },
      roles: expect.arrayContaining([expect.objectContaining({ key: 'visit', count: 5 })]),
      occurrences: [
        { key: '2026-12-05', startsAt: '2026-12-05T06:00:00.000Z', endsAt: '2026-12-05T08:30:00.000Z' },
      ],
    });
    expect(validateSync(plainToInstance(PartnerEventScheduleV1, payload))).toEqual([]);

    // The history says a partner made the change; a stale edit by the coordinator now conflicts.
    const history = (await w.coordinator.get(`/api/events/${id}/history`)).body.items;
    expect(history.at(-1)).toMatchObject({ action: 'change', byRole: 'partner', version: 4 });
    expect((await w.coordinator.patch(`/api/events/${id}`, change)).body.code).toBe('EVENT_VERSION_CONFLICT');
  });

  it('publishes nothing for a draft that is cancelled, and keeps the rejection reason', async () => {
    const draft = await create();
    expect((await w.member.post(`/api/events/${draft.id}/cancel`, { reason: '不办了' })).body.status).toBe(
      'cancelled',
    );
    expect(
      (await outboxPayloads(partners, EventSubject.partnersEventCancelled)).some(
        (p) => p.eventId === draft.id,
      ),
    ).toBe(false);
    const other = await create();
    await w.member.post(`/api/events/${other.id}/submit`, {});
    expect((await w.coordinator.post(`/api/events/${other.id}/reject`, {})).status).toBe(400);
    const rejected = await w.coordinator.post(`/api/events/${other.id}/reject`, {
      reason: '与社区其他活动时间冲突',
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', statusReason: '与社区其他活动时间冲突' });
  });

  describe('refuses every move the transition table has not got, with 409 EVENT_TRANSITION_NOT_ALLOWED', () => {
    const paths = {
      submit: ['submit', {}],
      request_changes: ['request-changes', { comment: '请补充' }],
      approve: ['approve', {}],
      reject: ['reject', { reason: '不符合' }],
      cancel: ['cancel', { reason: '取消' }],
      complete: ['complete', {}],
    } as const;
    type Action = keyof typeof paths;
    /** How to bring a fresh draft to each status. */
    const routes: Record<string, Action[]> = {
      draft: [],
      submitted: ['submit'],
      changes_requested: ['submit', 'request_changes'],
      approved: ['submit', 'approve'],
      rejected: ['submit', 'reject'],
      completed: ['submit', 'approve', 'complete'],
      cancelled: ['cancel'],
    };
    const allowed: Record<string, Action[]> = {
      draft: ['submit', 'cancel'],
      submitted: ['request_changes', 'approve', 'reject', 'cancel'],
      changes_requested: ['submit', 'cancel'],
      approved: ['cancel', 'complete'],
      rejected: [],
      completed: [],
      cancelled: [],
    };
    const act = (id: string, action: Action) => {
      const [path, body] = paths[action];
      return w.coordinator.post(`/api/events/${id}/${path}`, body);
    };
    const cases = Object.keys(routes).flatMap((status) =>
      (Object.keys(paths) as Action[])
        .filter((a) => !allowed[status].includes(a))
        .map((action) => [status, action] as const),
    );

    it.each(cases)('%s → %s', async (status, action) => {
      const { id } = await create(w.coordinator, { organisationId: w.ownOrg });
      for (const step of routes[status]) expect((await act(id, step)).status).toBe(200);
      const before = await w.coordinator.get(`/api/events/${id}`);
      const refused = await act(id, action);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'EVENT_TRANSITION_NOT_ALLOWED',
        details: { status, action },
      });
      expect((await w.coordinator.get(`/api/events/${id}`)).body.version).toBe(before.body.version);
    });
  });

  it('refuses edits while under review and once final (409 EVENT_NOT_EDITABLE)', async () => {
    const { id } = await create();
    await w.member.post(`/api/events/${id}/submit`, {});
    const underReview = await w.member.patch(`/api/events/${id}`, { title: '改名' });
    expect(underReview.status).toBe(409);
    expect(underReview.body).toMatchObject({ code: 'EVENT_NOT_EDITABLE', details: { status: 'submitted' } });
    await w.coordinator.post(`/api/events/${id}/reject`, { reason: '重复登记' });
    expect((await w.coordinator.patch(`/api/events/${id}`, { title: '改名' })).body.code).toBe(
      'EVENT_NOT_EDITABLE',
    );
  });

  it('answers bad input with a 400 naming each field', async () => {
    const response = await w.member.post('/api/events', {
      ...eventBody(),
      title: '',
      kind: 'party',
      venue: { name: '' },
      schedule: { startsAt: '2026-12-05T09:00:00', endsAt: '2026-12-05T08:00:00+08:00' },
      roles: [{ key: 'Guide!', name: '签到', count: 0, signupMode: 'maybe' }],
      contact: { name: '王丽', phone: 'call me' },
      attachments: [{ name: '方案', size: -1, mimeType: 'pdf' }],
      surprise: true,
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(
      [
        'attachments.0.mimeType',
        'attachments.0.size',
        'attachments.0.storageKey',
        'attachments.0.url',
        'contact.phone',
        'kind',
        'roles.0.count',
        'roles.0.key',
        'roles.0.signupMode',
        'schedule.startsAt',
        'surprise',
        'title',
        'venue.name',
      ].sort(),
    );
    const noRoles = await w.member.post('/api/events', eventBody({ roles: [] }));
    expect(noRoles.body.details).toEqual([
      { field: 'roles', messages: [expect.stringContaining('at least 1')] },
    ]);
  });

  it('answers a schedule that does not expand, and two roles with one key, against the field', async () => {
    const tooMany = await w.member.post(
      '/api/events',
      eventBody({
        schedule: {
          startsAt: '2026-12-05T09:00:00+08:00',
          endsAt: '2026-12-05T10:00:00+08:00',
          recurrence: { daysOfWeek: [1, 2, 3, 4, 5, 6, 7], until: '2027-03-01' },
        },
      }),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({
      code: 'EVENT_SCHEDULE_INVALID',
      details: [{ field: 'schedule.recurrence.until', messages: [expect.stringContaining('60')] }],
    });
    const badUntil = await w.member.post(
      '/api/events',
      eventBody({
        schedule: {
          startsAt: '2026-12-05T09:00:00+08:00',
          endsAt: '2026-12-05T10:00:00+08:00',
          recurrence: { daysOfWeek: [8], until: '2026-02-30' },
        },
      }),
    );
    expect((badUntil.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual([
      'schedule.recurrence.daysOfWeek',
      'schedule.recurrence.until',
    ]);
    const twice = await w.member.post(
      '/api/events',
      eventBody({
        roles: [
          { key: 'guide', name: '签到引导', count: 2 },
          { key: 'guide', name: '讲解', count: 1 },
        ],
      }),
    );
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({ code: 'EVENT_ROLES_INVALID', details: [{ field: 'roles.1.key' }] });
  });

  it('registers for the member’s own organisation only, and a coordinator must name one', async () => {
    const forOther = await w.member.post('/api/events', eventBody({ organisationId: w.otherOrg }));
    expect(forOther.status).toBe(422);
    expect(forOther.body.code).toBe('EVENT_ORGANISATION_UNKNOWN');
    const unnamed = await w.coordinator.post('/api/events', eventBody());
    expect(unnamed.status).toBe(422);
    const named = await w.coordinator.post('/api/events', eventBody({ organisationId: w.otherOrg }));
    expect(named.status).toBe(201);
    expect(named.body.organisationId).toBe(w.otherOrg);
  });

  it('answers another organisation’s event as a missing one (404) on every endpoint of an id', async () => {
    const { id } = await create();
    await w.member.post(`/api/events/${id}/submit`, {});
    const attempts = [
      w.outsider.get(`/api/events/${id}`),
      w.outsider.patch(`/api/events/${id}`, { title: '冒名' }),
      w.outsider.get(`/api/events/${id}/history`),
      w.outsider.get(`/api/events/${id}/staffing`),
      w.outsider.get(`/api/events/${id}/hours`),
      w.outsider.post(`/api/events/${id}/submit`, {}),
      w.outsider.post(`/api/events/${id}/cancel`, { reason: '冒名取消' }),
      w.outsider.post(`/api/events/${id}/complete`, {}),
      w.outsider.post(`/api/events/${id}/hours/01900000-0000-7000-8000-000000000001/confirm`, {}),
      w.outsider.post(`/api/events/${id}/hours/01900000-0000-7000-8000-000000000001/dispute`, {
        reason: '不对',
      }),
    ];
    const missing = await w.outsider.get('/api/events/01900000-0000-7000-8000-000000000000');
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect({ ...response.body, message: '' }).toEqual({ ...missing.body, message: '' });
    }
    expect(missing.body.code).toBe('EVENT_NOT_FOUND');
    // A partner may not review at all (403), whoever's event it is.
    const review = await w.outsider.post(`/api/events/${id}/approve`, {});
    expect(review.status).toBe(403);
    expect((await w.coordinator.get(`/api/events/${id}`)).body).toMatchObject({
      status: 'submitted',
      title: '重阳节敬老探访',
    });
    expect((await w.outsider.get('/api/events?limit=100')).body.items.map((e: any) => e.id)).not.toContain(
      id,
    );
  });

  it('shows a coordinator every organisation’s events, filtered and paged', async () => {
    const mine = await create();
    const theirs = await create(w.outsider);
    await w.outsider.post(`/api/events/${theirs.id}/submit`, {});
    const all = await w.coordinator.get('/api/events?limit=100');
    const ids = all.body.items.map((e: any) => e.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, theirs.id]));

    const submitted = await w.coordinator.get(`/api/events?status=submitted&organisationId=${w.otherOrg}`);
    expect(submitted.body.items.map((e: any) => e.id)).toEqual([theirs.id]);
    const inDecember = await w.coordinator.get(
      `/api/events?limit=100&from=${encodeURIComponent('2026-12-05T10:00:00+08:00')}&to=${encodeURIComponent('2026-12-06T00:00:00+08:00')}`,
    );
    expect(inDecember.body.items.map((e: any) => e.id)).toContain(mine.id);
    const later = await w.coordinator.get(
      `/api/events?from=${encodeURIComponent('2026-12-06T00:00:00+08:00')}`,
    );
    expect(later.body.items.map((e: any) => e.id)).not.toContain(mine.id);

    const first = await w.coordinator.get('/api/events?limit=1');
    const second = await w.coordinator.get(`/api/events?limit=1&cursor=${first.body.nextCursor}`);
    expect(first.body.items[0].id > second.body.items[0].id).toBe(true);
    expect(
      (await w.member.get('/api/events?limit=100')).body.items.every(
        (e: any) => e.organisationId === w.ownOrg,
      ),
    ).toBe(true);
  });

  it('lets exactly one of two simultaneous approvals succeed, and publishes one approval', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { id } = await create();
      await w.member.post(`/api/events/${id}/submit`, {});
      const answers = await Promise.all([
        w.coordinator.post(`/api/events/${id}/approve`, {}),
        w.admin.post(`/api/events/${id}/approve`, {}),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(answers.find((a) => a.status === 409)!.body.code).toBe('EVENT_TRANSITION_NOT_ALLOWED');
      const approvals = (await outboxPayloads(partners, EventSubject.partnersEventApproved)).filter(
        (p) => p.eventId === id,
      );
      expect(approvals).toHaveLength(1);
      const history = (await w.coordinator.get(`/api/events/${id}/history`)).body.items;
      expect(history.filter((t: any) => t.action === 'approve')).toHaveLength(1);
    }
  });
});
