import {
  EVENT_CATALOGUE,
  EventSubject,
  payloadClassOf,
  type EventSubject as Subject,
} from '@linkage/contracts';
import { startTestService, type HttpClient, type TestService } from '@linkage/testing';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { volunteersService } from '../src/volunteers.service-definition';
import { VolunteersFixture } from './fixtures';

interface Seen {
  subject: string;
  envelope: { id: string; subject: string; producer: string; payload: any };
}

/**
 * The contract of what volunteers publishes: the subjects screening and partners will consume, with
 * payloads that satisfy the payload classes they validate against on arrival.
 */
describe('volunteers publishes sign-up, staffing and hours events', () => {
  let service: TestService;
  let fx: VolunteersFixture;
  let coordinator: HttpClient;
  let nats: NatsConnection;
  const seen: Seen[] = [];

  beforeAll(async () => {
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    nats.subscribe(`${process.env.NATS_SUBJECT_PREFIX}volunteers.>`, {
      callback: (_error, msg) => {
        seen.push({ subject: msg.subject, envelope: msg.json() });
      },
    });
    await nats.flush();
    service = await startTestService(volunteersService, { WAITLIST_SWEEP_INTERVAL_MS: '0' });
    fx = await VolunteersFixture.start(service);
    coordinator = fx.coordinator;
  });
  afterAll(async () => {
    await nats?.close();
    await service?.close();
  });

  /** Waits until events about this shift stop arriving, then answers them in order. */
  async function eventsOf(shiftId: string, count: number): Promise<Seen[]> {
    const deadline = Date.now() + 3000;
    const ofShift = () => seen.filter((s) => s.envelope.payload.shiftId === shiftId);
    while (ofShift().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return ofShift();
  }

  function expectValid(event: Seen): void {
    const subject = event.envelope.subject as Subject;
    expect(event.subject).toBe(`${process.env.NATS_SUBJECT_PREFIX}${subject}`);
    expect(EVENT_CATALOGUE[subject].producer).toBe('volunteers');
    expect(event.envelope.producer).toBe('volunteers');
    const errors = validateSync(plainToInstance(payloadClassOf(subject), event.envelope.payload));
    expect(errors).toEqual([]);
  }

  it('a confirmed place, a waitlisted one, a cancellation and the promotion it causes, with counts after each', async () => {
    const shift = await fx.shift({ capacity: 1 });
    const [a, b] = [await fx.volunteer(), await fx.volunteer()];
    expect((await coordinator.post(`/api/shifts/${shift}/signups`, { volunteerId: a })).body.status).toBe(
      'confirmed',
    );
    expect((await (await fx.as(b)).post(`/api/shifts/${shift}/signups`, {})).body.status).toBe('waitlisted');
    const signupA = (await (await fx.as(a)).delete(`/api/shifts/${shift}/signups/me`)).body;
    expect(signupA.status).toBe('cancelled');

    const events = await eventsOf(shift, 7);
    events.forEach(expectValid);
    const summary = events.map(({ envelope: { subject, payload } }) =>
      subject === EventSubject.volunteersShiftStaffingChanged
        ? `staffing ${payload.capacity}/${payload.confirmed}/${payload.waitlisted}`
        : `${subject.split('.')[2]} ${payload.volunteerId === a ? 'a' : 'b'}${payload.how ? ` ${payload.how}` : ''}`,
    );
    expect(summary).toEqual([
      'confirmed a assigned',
      'staffing 1/1/0',
      'staffing 1/1/1',
      'cancelled a',
      'staffing 1/0/1',
      'confirmed b waitlist_promoted',
      'staffing 1/1/0',
    ]);
    const cancelled = events.find((e) => e.envelope.subject === EventSubject.volunteersAssignmentCancelled)!;
    expect(cancelled.envelope.payload).toMatchObject({ signupId: signupA.id, source: null });
  });

  it('a capacity change and a cancelled shift publish the new staffing', async () => {
    const shift = await fx.shift({ capacity: 2 });
    await coordinator.post(`/api/shifts/${shift}/signups`, { volunteerId: await fx.volunteer() });
    expect((await coordinator.patch(`/api/shifts/${shift}`, { capacity: 4 })).status).toBe(200);
    expect((await coordinator.post(`/api/shifts/${shift}/cancel`, { reason: '天气原因' })).status).toBe(200);
    const staffing = (await eventsOf(shift, 4)).filter(
      (e) => e.envelope.subject === EventSubject.volunteersShiftStaffingChanged,
    );
    expect(staffing.map((e) => [e.envelope.payload.capacity, e.envelope.payload.confirmed])).toEqual([
      [2, 1],
      [4, 1],
      [4, 1],
    ]);
  });

  it('hours verified by a coordinator', async () => {
    const me = await fx.volunteer();
    const now = Date.now();
    const hoursAgo = (h: number) => new Date(now - h * 3_600_000).toISOString();
    const shift = await fx.shift({ startsAt: hoursAgo(-2), endsAt: hoursAgo(-5), capacity: 2 });
    await coordinator.post(`/api/shifts/${shift}/signups`, { volunteerId: me });
    expect(
      (await coordinator.patch(`/api/shifts/${shift}`, { startsAt: hoursAgo(4), endsAt: hoursAgo(1) }))
        .status,
    ).toBe(200);
    const recorded = await coordinator.post(`/api/shifts/${shift}/attendance`, {
      volunteerId: me,
      checkedInAt: hoursAgo(4),
      checkedOutAt: hoursAgo(1),
      reason: '队长补录',
    });
    expect(recorded.status).toBe(200);
    const record = (await coordinator.get(`/api/volunteers/${me}/hours`)).body.records[0];
    expect((await coordinator.post(`/api/hours/${record.id}/verify`)).status).toBe(200);

    const deadline = Date.now() + 3000;
    let verified: Seen | undefined;
    while (!verified && Date.now() < deadline) {
      verified = seen.find(
        (s) =>
          s.envelope.subject === EventSubject.volunteersHoursVerified &&
          s.envelope.payload.hoursRecordId === record.id,
      );
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(verified).toBeDefined();
    expectValid(verified!);
    expect(verified!.envelope.payload).toMatchObject({
      volunteerId: me,
      shiftId: shift,
      hours: 3,
      verifierRole: 'coordinator',
    });
  });
});
