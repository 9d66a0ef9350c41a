import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { screeningService } from '../../apps/screening/src/screening.service-definition';
import { volunteersService } from '../../apps/volunteers/src/volunteers.service-definition';

const prefix = () => process.env.NATS_SUBJECT_PREFIX!;

/** Polls until `check` holds (returns the elapsed ms) or fails after `withinMs`. */
async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('partners’ organisation events reach the copies volunteers and screening keep', () => {
  let partners: TestService;
  let volunteers: TestService;
  let screening: TestService;
  let toPartners: HttpClient;
  let toVolunteers: HttpClient;
  let toScreening: HttpClient;
  let asAdmin: { volunteers: HttpClient; screening: HttpClient };
  let nats: NatsConnection;
  let tap: Subscription;
  const seen: { subject: string; data: any }[] = [];

  beforeAll(async () => {
    // A plain subscriber on the partners subjects sees what the relay publishes into the stream.
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    tap = nats.subscribe(`${prefix()}partners.>`, {
      callback: (_error, msg) => {
        seen.push({ subject: msg.subject, data: msg.json() });
      },
    });
    await nats.flush();
    partners = await startTestService(partnersService);
    volunteers = await startTestService(volunteersService);
    screening = await startTestService(screeningService);
    const coordinator = await tokenFor(principal('coordinator'));
    const admin = await tokenFor(principal('admin'));
    toPartners = partners.http.withToken(coordinator);
    toVolunteers = volunteers.http.withToken(coordinator);
    toScreening = screening.http.withToken(coordinator);
    asAdmin = { volunteers: volunteers.http.withToken(admin), screening: screening.http.withToken(admin) };
  });
  afterAll(async () => {
    tap?.unsubscribe();
    await nats?.close();
    await Promise.all([screening?.close(), volunteers?.close()]);
    await partners?.close();
  });

  const namesInVolunteers = async (): Promise<string[]> =>
    (await toVolunteers.get('/api/volunteers/organisations')).body.items.map((o: { name: string }) => o.name);

  it('publishes registered with the envelope a consumer relies on, and both copies learn the name', async () => {
    const created = await toPartners.post(
      '/api/organisations',
      { name: '滨海路社区居委会', kind: 'residents_committee', district: '莱山区' },
      { 'x-request-id': 'req-register-1' },
    );
    expect(created.status).toBe(201);
    await eventually(async () => (await namesInVolunteers()).includes('滨海路社区居委会'), 2000);

    const published = seen.find((m) => m.data.payload?.organisationId === created.body.id);
    expect(published?.subject).toBe(`${prefix()}partners.organisation.registered.v1`);
    expect(published?.data).toMatchObject({
      subject: 'partners.organisation.registered.v1',
      producer: 'partners',
      correlationId: 'req-register-1',
      causationId: null,
      payload: {
        name: '滨海路社区居委会',
        kind: 'residents_committee',
        district: '莱山区',
        status: 'active',
      },
    });
    expect(published?.data.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/); // UUIDv7
    expect(Number.isNaN(Date.parse(published?.data.occurredAt))).toBe(false);
  });

  it('shows a rename in volunteers and in screening’s campaigns within a second', async () => {
    const org = (
      await toPartners.post('/api/organisations', { name: '黄海路社区居委会', kind: 'residents_committee' })
    ).body;
    await eventually(async () => (await namesInVolunteers()).includes('黄海路社区居委会'), 2000);
    const campaign = await toScreening.post('/api/campaigns', {
      name: '记忆礼包 2026 秋季',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      partnerOrganisationIds: [org.id],
    });
    expect(campaign.status).toBe(201);

    const renamed = await toPartners.patch(`/api/organisations/${org.id}`, { name: '黄海路社区居民委员会' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('黄海路社区居民委员会');
    const inVolunteers = await eventually(
      async () => (await namesInVolunteers()).includes('黄海路社区居民委员会'),
      1000,
    );
    const inScreening = await eventually(
      async () =>
        (await toScreening.get(`/api/campaigns/${campaign.body.id}`)).body.partners[0]?.name ===
        '黄海路社区居民委员会',
      1000,
    );
    expect(inVolunteers).toBeLessThan(1000);
    expect(inScreening).toBeLessThan(1000);
    expect(await namesInVolunteers()).not.toContain('黄海路社区居委会');
  });

  it('publishes nothing when the change is refused and rolled back', async () => {
    const a = (await toPartners.post('/api/organisations', { name: '甲组织', kind: 'social_work_ngo' })).body;
    await toPartners.post('/api/organisations', { name: '乙组织', kind: 'social_work_ngo' });
    await eventually(async () => (await namesInVolunteers()).includes('乙组织'), 2000);
    const before = seen.length;
    const taken = await toPartners.patch(`/api/organisations/${a.id}`, { name: '乙组织' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('ORGANISATION_NAME_TAKEN');
    const duplicate = await toPartners.post('/api/organisations', {
      name: '甲组织',
      kind: 'social_work_ngo',
    });
    expect(duplicate.status).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen.slice(before)).toEqual([]);
  });

  it('parks an invalid event at once in each consumer, applies the ones behind it, and lets an admin discard it', async () => {
    const js = jetstream(nats);
    const poisonId = '01930000-0000-7000-8000-0000000000aa';
    await js.publish(
      `${prefix()}partners.organisation.changed.v1`,
      JSON.stringify({
        id: poisonId,
        subject: 'partners.organisation.changed.v1',
        occurredAt: new Date().toISOString(),
        producer: 'partners',
        correlationId: 'poison',
        causationId: null,
        payload: { organisationId: 'not-a-uuid', name: '' },
      }),
      { msgID: poisonId },
    );
    // The event behind the poison one still arrives.
    await toPartners.post('/api/organisations', { name: '丙组织', kind: 'social_work_ngo' });
    await eventually(async () => (await namesInVolunteers()).includes('丙组织'), 2000);

    for (const service of [asAdmin.volunteers, asAdmin.screening]) {
      let parked: any[] = [];
      await eventually(async () => {
        parked = (await service.get('/api/dead-letters?status=parked')).body.items;
        return parked.some((d) => d.eventId === poisonId);
      }, 2000);
      const entry = parked.find((d) => d.eventId === poisonId);
      expect(entry).toMatchObject({
        subject: 'partners.organisation.changed.v1',
        deliveries: 1,
        status: 'parked',
      });
      expect(entry.error).toContain('organisationId');
      const replay = await service.post(`/api/dead-letters/${entry.id}/replay`);
      expect(replay.status).toBe(422);
      expect(replay.body.code).toBe('DEAD_LETTER_REPLAY_FAILED');
      const discarded = await service.post(`/api/dead-letters/${entry.id}/discard`);
      expect(discarded.status).toBe(200);
      expect(discarded.body.status).toBe('discarded');
      const again = await service.post(`/api/dead-letters/${entry.id}/discard`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('DEAD_LETTER_RESOLVED');
    }
  });

  it('keeps dead letters to admins', async () => {
    const response = await toVolunteers.get('/api/dead-letters');
    expect(response.status).toBe(403);
  });
});
