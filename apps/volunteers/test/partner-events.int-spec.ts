import { EventSubject, type PartnerEventScheduleV1 } from '@linkage/contracts';
import { newId } from '@linkage/database';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { startTestService, type HttpClient, type TestService } from '@linkage/testing';
import { volunteersService } from '../src/volunteers.service-definition';
import { at, VolunteersFixture } from './fixtures';
import { eventually, partnerEventSchedule, partnerRole } from './partner-event-fixtures';

const prefix = () => process.env.NATS_SUBJECT_PREFIX!;
const ORGANISATION = newId();
const OTHER_ORGANISATION = newId();

interface Shift {
  id: string;
  title: string;
  description: string | null;
  status: string;
  capacity: number;
  startsAt: string;
  cancelReason: string | null;
  location: { venue: string; address: string | null };
  source: { type: string; id: string | null };
}

function schedule(eventId: string, overrides: Partial<PartnerEventScheduleV1> = {}): PartnerEventScheduleV1 {
  return partnerEventSchedule({
    eventId,
    organisationId: ORGANISATION,
    roles: [partnerRole('guide', '签到引导'), partnerRole('talk', '健康宣讲', { count: 1 })],
    occurrences: [
      { key: 'first', startsAt: at(3, '09:00'), endsAt: at(3, '11:30') },
      { key: 'second', startsAt: at(10, '09:00'), endsAt: at(10, '11:30') },
    ],
    ...overrides,
  });
}

describe('partner events become shifts, and partners certify the hours served at them', () => {
  let service: TestService;
  let fx: VolunteersFixture;
  let coordinator: HttpClient;
  let nats: NatsConnection;
  let js: JetStreamClient;
  const seen: { subject: string; payload: any }[] = [];

  beforeAll(async () => {
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    nats.subscribe(`${prefix()}volunteers.>`, {
      callback: (_error, msg) => {
        const envelope = msg.json<{ subject: string; payload: any }>();
        seen.push({ subject: envelope.subject, payload: envelope.payload });
      },
    });
    await nats.flush();
    js = jetstream(nats);
    service = await startTestService(volunteersService, { WAITLIST_SWEEP_INTERVAL_MS: '0' });
    fx = await VolunteersFixture.start(service);
    coordinator = fx.coordinator;
  });
  afterAll(async () => {
    await nats?.close();
    await service?.close();
  });

  /** Publishes a partners event into JetStream as partners' relay would; `msgId` other than the id: a redelivery. */
  async function publish(subject: EventSubject, payload: object, id = newId(), msgId = id): Promise<string> {
    const envelope = {
      id,
      subject,
      occurredAt: new Date().toISOString(),
      producer: 'partners',
      correlationId: `test-${id}`,
      causationId: null,
      payload,
    };
    await js.publish(`${prefix()}${subject}`, JSON.stringify(envelope), { msgID: msgId });
    return id;
  }

  const shiftsOf = async (eventId: string, when = 'all'): Promise<Shift[]> => {
    const response = await coordinator.get<{ items: Shift[] }>(
      `/api/shifts?sourceType=partner_event&sourceId=${eventId}&when=${when}&limit=100`,
    );
    expect(response.status).toBe(200);
    return response.body.items;
  };

  /** Waits for an approval of a fresh event on the same subject, so everything published before it was handled. */
  async function settle(subject: EventSubject = EventSubject.partnersEventApproved): Promise<void> {
    const marker = newId();
    const s = schedule(marker, {
      roles: [schedule(marker).roles[0]],
      occurrences: [schedule(marker).occurrences[0]],
    });
    if (subject === EventSubject.partnersEventCancelled) {
      await publish(EventSubject.partnersEventApproved, s);
      await eventually(async () => (await shiftsOf(marker)).length === 1);
      await publish(subject, {
        eventId: marker,
        organisationId: ORGANISATION,
        reason: '标记',
        version: 2,
        cancelledAt: new Date().toISOString(),
      });
      await eventually(async () => (await shiftsOf(marker))[0]?.status === 'cancelled');
      return;
    }
    await publish(subject, s);
    await eventually(async () => (await shiftsOf(marker)).length === 1);
  }

  const byTitle = (shifts: Shift[]) =>
    shifts.map((s) => `${s.title} ${s.startsAt.slice(0, 10)} ${s.capacity} ${s.status}`).sort();

  it('approval makes one open shift per role and occurrence, in the open shift list', async () => {
    const eventId = newId();
    await publish(EventSubject.partnersEventApproved, schedule(eventId));
    const shifts = await eventually(async () => {
      const found = await shiftsOf(eventId);
      return found.length === 4 ? found : null;
    });
    expect(shifts.every((s) => s.source.type === 'partner_event' && s.source.id === eventId)).toBe(true);
    expect(shifts.map((s) => s.title).sort()).toEqual(
      [
        '关爱老人上门探访 · 签到引导',
        '关爱老人上门探访 · 签到引导',
        '关爱老人上门探访 · 健康宣讲',
        '关爱老人上门探访 · 健康宣讲',
      ].sort(),
    );
    expect(shifts.find((s) => s.title.endsWith('签到引导'))).toMatchObject({
      status: 'open',
      capacity: 2,
      description: '为独居老人测血压、聊天\n\n当天联系人：王主任 13905351234',
      location: { venue: '滨海路社区服务中心', address: '莱山区滨海路 1 号' },
    });
    const volunteer = await fx.as(await fx.volunteer());
    const open = await volunteer.get<{ items: Shift[] }>('/api/shifts?limit=100');
    expect(open.body.items.filter((s) => s.source.id === eventId)).toHaveLength(4);

    // Partners see each new shift's staffing at once.
    const ids = new Set(shifts.map((s) => s.id));
    const staffing = await eventually(() => {
      const found = seen.filter(
        (e) => e.subject === EventSubject.volunteersShiftStaffingChanged && ids.has(e.payload.shiftId),
      );
      return found.length === 4 ? found : null;
    });
    expect(staffing[0].payload).toMatchObject({ source: `partner_event:${eventId}`, confirmed: 0 });
    // Each names its role and date (`<role key>@<occurrence key>`), so partners can show which is which.
    const refs = staffing.map((e) => e.payload.sourceRef as string);
    expect(new Set(refs).size).toBe(4);
    expect(refs.every((ref) => /^[a-z0-9-]+@[a-z0-9-]+$/.test(ref))).toBe(true);
  });

  it('a redelivered approval, or the same version sent again, makes nothing twice', async () => {
    const eventId = newId();
    const id = await publish(EventSubject.partnersEventApproved, schedule(eventId));
    await eventually(async () => (await shiftsOf(eventId)).length === 4);
    await publish(EventSubject.partnersEventApproved, schedule(eventId), id, newId()); // same event id
    await publish(EventSubject.partnersEventApproved, schedule(eventId, { title: '改了但版本没变' })); // new id
    await settle();
    expect((await shiftsOf(eventId)).map((s) => s.title).filter((t) => t.startsWith('改了'))).toEqual([]);
    expect(await shiftsOf(eventId)).toHaveLength(4);
  });

  it('a change moves, grows and cancels the right shifts and tells the volunteers on them; an older copy changes nothing', async () => {
    const eventId = newId();
    const original = schedule(eventId);
    await publish(EventSubject.partnersEventApproved, original);
    const shifts = await eventually(async () => {
      const found = await shiftsOf(eventId);
      return found.length === 4 ? found : null;
    });
    const first = (title: string) =>
      shifts.find(
        (s) =>
          s.title.endsWith(title) && s.startsAt === new Date(original.occurrences[0].startsAt).toISOString(),
      )!;
    const [a, b] = [await fx.volunteer(), await fx.volunteer()];
    expect(
      (await coordinator.post(`/api/shifts/${first('签到引导').id}/signups`, { volunteerId: a })).status,
    ).toBe(201);
    expect(
      (await coordinator.post(`/api/shifts/${first('健康宣讲').id}/signups`, { volunteerId: b })).status,
    ).toBe(201);

    const moved = { key: 'first', startsAt: at(3, '10:00'), endsAt: at(3, '12:30') };
    await publish(
      EventSubject.partnersEventChanged,
      schedule(eventId, {
        version: 2,
        roles: [{ ...original.roles[0], count: 4 }],
        occurrences: [moved, original.occurrences[1]],
      }),
    );
    const after = await eventually(async () => {
      const found = await shiftsOf(eventId);
      return found.filter((s) => s.status === 'cancelled').length === 2 ? found : null;
    });
    const guideFirst = after.find((s) => s.id === first('签到引导').id)!;
    expect(guideFirst).toMatchObject({ capacity: 4, startsAt: new Date(moved.startsAt).toISOString() });
    expect(after.filter((s) => s.title.endsWith('签到引导')).map((s) => s.capacity)).toEqual([4, 4]);
    for (const talk of after.filter((s) => s.title.endsWith('健康宣讲'))) {
      expect(talk).toMatchObject({ status: 'cancelled', cancelReason: '活动调整：该岗位或场次已取消' });
    }

    const news = async (volunteerId: string) =>
      (await (await fx.as(volunteerId)).get<{ items: any[] }>('/api/volunteers/me/notifications')).body.items;
    expect((await news(a)).map((n) => n.kind)).toEqual(['shift_changed']);
    expect(await news(b)).toMatchObject([
      { kind: 'shift_cancelled', details: { reason: '活动调整：该岗位或场次已取消' } },
    ]);

    // A late copy of version 1 on the same subject changes nothing.
    await publish(EventSubject.partnersEventChanged, schedule(eventId, { version: 1, title: '旧版本' }));
    await settle(EventSubject.partnersEventChanged);
    expect(byTitle(await shiftsOf(eventId))).toEqual(byTitle(after));

    // Cancelling the event cancels what is left, with the partner's reason.
    await publish(EventSubject.partnersEventCancelled, {
      eventId,
      organisationId: ORGANISATION,
      reason: '场地临时维修，活动取消',
      version: 3,
      cancelledAt: new Date().toISOString(),
    });
    const cancelled = await eventually(async () => {
      const found = await shiftsOf(eventId);
      return found.every((s) => s.status === 'cancelled') ? found : null;
    });
    expect(cancelled.filter((s) => s.cancelReason === '场地临时维修，活动取消')).toHaveLength(2);
    expect((await news(a)).map((n) => n.kind).sort()).toEqual(['shift_cancelled', 'shift_changed']);
  });

  describe('hours at a partner event’s shift', () => {
    const eventId = newId();
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    let shiftId: string;
    const recordOf = async (volunteerId: string) => {
      const response = await coordinator.get<{ totalVerifiedHours: string; records: any[] }>(
        `/api/volunteers/${volunteerId}/hours`,
      );
      return { total: response.body.totalVerifiedHours, record: response.body.records[0] };
    };

    /** A volunteer who served 3 hours at the shift (assigned, checked in and out by hand): their record's id. */
    async function served(): Promise<{ volunteerId: string; recordId: string }> {
      const volunteerId = await fx.volunteer();
      expect((await coordinator.post(`/api/shifts/${shiftId}/signups`, { volunteerId })).status).toBe(201);
      const recorded = await coordinator.post(`/api/shifts/${shiftId}/attendance`, {
        volunteerId,
        checkedInAt: hoursAgo(3.02),
        checkedOutAt: hoursAgo(0.01),
        reason: '现场签到表补录',
      });
      expect(recorded.status).toBe(200);
      return { volunteerId, recordId: (await recordOf(volunteerId)).record.id };
    }

    const certify = (recordId: string, decision: 'confirmed' | 'disputed', overrides: object = {}) =>
      publish(EventSubject.partnersHoursCertified, {
        hoursRecordId: recordId,
        shiftId,
        eventId,
        organisationId: ORGANISATION,
        organisationName: '滨海路社区居委会',
        decision,
        reason: decision === 'disputed' ? '该志愿者当天提前离场' : null,
        certifiedBy: newId(),
        certifiedAt: new Date().toISOString(),
        ...overrides,
      });

    const recordedEvents = (recordId: string) =>
      seen.filter(
        (e) => e.subject === EventSubject.volunteersHoursRecorded && e.payload.hoursRecordId === recordId,
      );

    beforeAll(async () => {
      await publish(
        EventSubject.partnersEventApproved,
        schedule(eventId, {
          roles: [{ ...schedule(eventId).roles[0], count: 10 }],
          occurrences: [{ key: 'now', startsAt: hoursAgo(4), endsAt: hoursAgo(-1) }],
        }),
      );
      shiftId = (await eventually(async () => (await shiftsOf(eventId))[0])).id;
    });

    it('a check-out publishes the hours recorded, with the shift’s source and version 1', async () => {
      const { volunteerId, recordId } = await served();
      const [event] = await eventually(() => {
        const found = recordedEvents(recordId);
        return found.length > 0 ? found : null;
      });
      expect(event.payload).toMatchObject({
        volunteerId,
        volunteerName: expect.stringMatching(/^志愿者/),
        shiftId,
        source: `partner_event:${eventId}`,
        hours: 3,
        status: 'recorded',
        version: 1,
      });
      expect(event.payload.checkedInAt).toBeTruthy();
    });

    it('confirmed by the event’s organisation verifies the hours (they count); another organisation’s word does nothing', async () => {
      const { volunteerId, recordId } = await served();
      await certify(recordId, 'confirmed', {
        organisationId: OTHER_ORGANISATION,
        organisationName: '别的单位',
      });
      await certify(recordId, 'confirmed', { eventId: newId() });
      await certify(recordId, 'confirmed');
      const { total, record } = await eventually(async () => {
        const found = await recordOf(volunteerId);
        return found.record.status === 'verified' ? found : null;
      });
      // Both in one expectation, so a failure says whether the record or the total is off.
      expect({ total, hours: record.hours }).toEqual({ total: '3.00', hours: '3.00' });
      expect(record).toMatchObject({
        verifierOrganisationId: ORGANISATION,
        verifierOrganisationName: '滨海路社区居委会',
      });
      const verified = await eventually(() =>
        seen.find(
          (e) => e.subject === EventSubject.volunteersHoursVerified && e.payload.hoursRecordId === recordId,
        ),
      );
      expect(verified.payload).toMatchObject({
        verifierRole: 'partner',
        source: `partner_event:${eventId}`,
        hours: 3,
      });
      const versions = await eventually(() => {
        const found = recordedEvents(recordId);
        return found.length === 2 ? found : null;
      });
      expect(versions.map((e) => [e.payload.status, e.payload.version])).toEqual([
        ['recorded', 1],
        ['verified', 2],
      ]);

      // Confirmed again (a second certification): it stays as it is.
      await certify(recordId, 'disputed');
      await certify(recordId, 'confirmed');
      await settle(EventSubject.partnersEventApproved);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await recordOf(volunteerId)).record.status).toBe('verified');

      // The certificate names the organisation that certified the hours.
      const certificate = await coordinator.post<{ services: { organisation: string; hours: string }[] }>(
        `/api/volunteers/${volunteerId}/certificates`,
      );
      expect(certificate.status).toBe(201);
      expect(certificate.body.services).toEqual([
        expect.objectContaining({ organisation: '滨海路社区居委会', hours: '3.00' }),
      ]);
    });

    it('disputed marks the record disputed with the reason; a coordinator can still verify it', async () => {
      const { volunteerId, recordId } = await served();
      await certify(recordId, 'disputed');
      const { record, total } = await eventually(async () => {
        const found = await recordOf(volunteerId);
        return found.record.status === 'disputed' ? found : null;
      });
      expect(record.disputeReason).toBe('该志愿者当天提前离场');
      expect(total).toBe('0.00');
      expect((await coordinator.get(`/api/hours/${recordId}`)).body).toMatchObject({
        status: 'disputed',
        disputeReason: '该志愿者当天提前离场',
      });
      const adjusted = await coordinator.patch(`/api/hours/${recordId}`, {
        hours: '1.50',
        reason: '按合作单位意见核减',
      });
      expect(adjusted.status).toBe(200);
      const verified = await coordinator.post(`/api/hours/${recordId}/verify`);
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({
        status: 'verified',
        hours: '1.50',
        verifierOrganisationName: null,
      });
      expect((await recordOf(volunteerId)).total).toBe('1.50');
      const versions = await eventually(() => {
        const found = recordedEvents(recordId);
        return found.length === 4 ? found : null;
      });
      expect(versions.map((e) => [e.payload.status, e.payload.version, e.payload.hours])).toEqual([
        ['recorded', 1, 3],
        ['disputed', 2, 3],
        ['disputed', 3, 1.5],
        ['verified', 4, 1.5],
      ]);
    });
  });
});
