import { EventSubject, type ScreeningSessionScheduleV1 } from '@linkage/contracts';
import { newId } from '@linkage/database';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { startTestService, type HttpClient, type TestService } from '@linkage/testing';
import { volunteersService } from '../src/volunteers.service-definition';
import { at, VolunteersFixture } from './fixtures';
import { eventually } from './partner-event-fixtures';
import { screenerRole, screeningSession } from './screening-sessions.fixtures';

const prefix = () => process.env.NATS_SUBJECT_PREFIX!;

interface Shift {
  id: string;
  title: string;
  status: string;
  capacity: number;
  startsAt: string;
  endsAt: string;
  cancelReason: string | null;
  requiredSkills: string[];
  requiredCertifications: string[];
  location: { venue: string; address: string | null };
  source: { type: string; id: string | null };
}

function session(sessionId: string, overrides: Partial<ScreeningSessionScheduleV1> = {}) {
  return screeningSession({ sessionId, startsAt: at(4, '08:30'), endsAt: at(4, '11:30'), ...overrides });
}

describe('screening sessions become shifts', () => {
  let service: TestService;
  let fx: VolunteersFixture;
  let coordinator: HttpClient;
  let nats: NatsConnection;
  let js: JetStreamClient;
  const staffing: { shiftId: string; source: string | null; confirmed: number }[] = [];

  beforeAll(async () => {
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    nats.subscribe(`${prefix()}${EventSubject.volunteersShiftStaffingChanged}`, {
      callback: (_error, msg) => {
        staffing.push(msg.json<{ payload: (typeof staffing)[number] }>().payload);
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

  /** Publishes a screening event into JetStream as screening's relay would; another `msgId`: a redelivery. */
  async function publish(subject: EventSubject, payload: object, id = newId(), msgId = id): Promise<string> {
    const envelope = {
      id,
      subject,
      occurredAt: new Date().toISOString(),
      producer: 'screening',
      correlationId: `test-${id}`,
      causationId: null,
      payload,
    };
    await js.publish(`${prefix()}${subject}`, JSON.stringify(envelope), { msgID: msgId });
    return id;
  }

  const shiftsOf = async (sessionId: string): Promise<Shift[]> => {
    const response = await coordinator.get<{ items: Shift[] }>(
      `/api/shifts?sourceType=screening_session&sourceId=${sessionId}&when=all&limit=100`,
    );
    expect(response.status).toBe(200);
    return response.body.items;
  };
  const shiftsCount = (sessionId: string, n: number) =>
    eventually(async () => {
      const found = await shiftsOf(sessionId);
      return found.length === n ? found : null;
    });

  /** Waits until a fresh session published after everything else on `subject` has been applied. */
  async function settle(subject: EventSubject): Promise<void> {
    const marker = newId();
    await publish(subject, session(marker, { roles: [screenerRole('m', '标记')] }));
    await shiftsCount(marker, 1);
  }

  it('scheduling makes one open shift per screener role, with its certificate, in the open list', async () => {
    const sessionId = newId();
    await publish(EventSubject.screeningSessionScheduled, session(sessionId));
    const shifts = await shiftsCount(sessionId, 2);
    const screener = shifts.find((s) => s.title.endsWith('筛查员'))!;
    expect(screener).toMatchObject({
      title: '记忆礼包 2026 秋季 · 滨海路社区 认知筛查 · 筛查员',
      status: 'open',
      capacity: 2,
      requiredCertifications: ['认知筛查'],
      requiredSkills: [],
      location: { venue: '滨海路社区服务中心', address: '莱山区滨海路 1 号' },
      source: { type: 'screening_session', id: sessionId },
      startsAt: new Date(at(4, '08:30')).toISOString(),
    });
    const volunteer = await fx.as(await fx.volunteer());
    const open = await volunteer.get<{ items: Shift[] }>('/api/shifts?limit=100');
    expect(open.body.items.filter((s) => s.source.id === sessionId)).toHaveLength(2);
    const counted = await eventually(() => {
      const found = staffing.filter((s) => s.source === `screening_session:${sessionId}`);
      return found.length === 2 ? found : null;
    });
    expect(counted.map((s) => s.confirmed)).toEqual([0, 0]);
  });

  it('a redelivered schedule, or the same version again under another id, makes nothing twice', async () => {
    const sessionId = newId();
    const id = await publish(EventSubject.screeningSessionScheduled, session(sessionId));
    await shiftsCount(sessionId, 2);
    await publish(EventSubject.screeningSessionScheduled, session(sessionId), id, newId());
    await publish(EventSubject.screeningSessionScheduled, session(sessionId, { campaignName: '同版本改名' }));
    await settle(EventSubject.screeningSessionScheduled);
    const shifts = await shiftsOf(sessionId);
    expect(shifts).toHaveLength(2);
    expect(shifts.filter((s) => s.title.startsWith('同版本'))).toEqual([]);
  });

  it('a change moves and resizes the shifts and cancels a removed role; an older copy changes nothing; cancelling cancels the rest', async () => {
    const sessionId = newId();
    await publish(EventSubject.screeningSessionScheduled, session(sessionId));
    await shiftsCount(sessionId, 2);

    await publish(
      EventSubject.screeningSessionChanged,
      session(sessionId, {
        version: 2,
        startsAt: at(4, '09:00'),
        endsAt: at(4, '12:00'),
        roles: [screenerRole('screener', '筛查员', { count: 3 })],
      }),
    );
    const changed = await eventually(async () => {
      const found = await shiftsOf(sessionId);
      return found.some((s) => s.status === 'cancelled') ? found : null;
    });
    expect(changed.find((s) => s.title.endsWith('筛查员'))).toMatchObject({
      status: 'open',
      capacity: 3,
      startsAt: new Date(at(4, '09:00')).toISOString(),
    });
    expect(changed.find((s) => s.title.endsWith('登记员'))).toMatchObject({
      status: 'cancelled',
      cancelReason: '活动调整：该岗位或场次已取消',
    });

    await publish(
      EventSubject.screeningSessionChanged,
      session(sessionId, { version: 1, campaignName: '旧' }),
    );
    await settle(EventSubject.screeningSessionChanged);
    expect((await shiftsOf(sessionId)).find((s) => s.title.endsWith('筛查员'))!.capacity).toBe(3);

    await publish(EventSubject.screeningSessionCancelled, {
      sessionId,
      reason: '社区停电，场次取消',
      version: 3,
      cancelledAt: new Date().toISOString(),
    });
    const cancelled = await eventually(async () => {
      const found = await shiftsOf(sessionId);
      return found.every((s) => s.status === 'cancelled') ? found : null;
    });
    expect(cancelled.find((s) => s.title.endsWith('筛查员'))!.cancelReason).toBe('社区停电，场次取消');

    // A change that arrives after the cancellation (an older version) brings nothing back.
    await publish(EventSubject.screeningSessionChanged, session(sessionId, { version: 2 }));
    await settle(EventSubject.screeningSessionChanged);
    expect((await shiftsOf(sessionId)).every((s) => s.status === 'cancelled')).toBe(true);
  });

  it('a trained volunteer signs up to the screener shift; one without the certificate is refused', async () => {
    const sessionId = newId();
    await publish(EventSubject.screeningSessionScheduled, session(sessionId));
    const shift = (await shiftsCount(sessionId, 2)).find((s) => s.title.endsWith('筛查员'))!;
    const trained = await fx.volunteer();
    await fx.certify(trained, '认知筛查');
    const signed = await (
      await fx.as(trained)
    ).post<{ status: string }>(`/api/shifts/${shift.id}/signups`, {});
    expect(signed.status).toBe(201);
    expect(signed.body.status).toBe('confirmed');
    const untrained = await (await fx.as(await fx.volunteer())).post(`/api/shifts/${shift.id}/signups`, {});
    expect(untrained.status).toBe(422);
  });
});
