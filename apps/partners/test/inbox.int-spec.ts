import { randomUUID } from 'node:crypto';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { v7 as uuidv7 } from 'uuid';
import { partnersService } from '../src/partners.service-definition';

const prefix = () => process.env.NATS_SUBJECT_PREFIX!;
const RECEIVED = 'partners.inbox.item-received.v1';
const OUTCOME = 'partners.inbox.outcome-recorded.v1';

async function eventually<T>(check: () => Promise<T | undefined | false>, withinMs = 5000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The partner inbox driven as screening will drive it: synthetic partners.inbox.item-received.v1 events
 * published straight into the PARTNERS stream on the real NATS, partners' durable consumer keeping them,
 * and partners.inbox.outcome-recorded.v1 published back through its outbox.
 */
describe('partners: the inbox', () => {
  let partners: TestService;
  let nats: NatsConnection;
  let js: JetStreamClient;
  let coordinator: HttpClient;
  let hospital: HttpClient;
  let stranger: HttpClient;
  let hospitalId: string;
  const outcomes: any[] = [];

  /** An envelope as screening's outbox would write it. */
  const envelope = (payload: Record<string, unknown>, id = uuidv7()) => ({
    id,
    subject: RECEIVED,
    occurredAt: new Date().toISOString(),
    producer: 'screening',
    correlationId: randomUUID(),
    causationId: null,
    payload,
  });
  const referral = (itemId: string, extra: Record<string, unknown> = {}) => ({
    itemId,
    organisationId: hospitalId,
    kind: 'screening_referral',
    title: '认知筛查阳性转介：王某某，72 岁',
    summary: 'AD8 4 分，MoCA 19 分，建议记忆门诊复查。',
    origin: { service: 'screening', entityType: 'referral', entityId: randomUUID() },
    details: { community: '滨海路社区', age: 72, consentGiven: true, phoneOnFile: null },
    dueAt: '2026-12-15T08:00:00.000Z',
    sentAt: new Date().toISOString(),
    ...extra,
  });
  const publish = (event: { id: string }, msgID = event.id) =>
    js.publish(`${prefix()}${RECEIVED}`, JSON.stringify(event), { msgID });
  const itemsFor = async (client: HttpClient, itemId: string): Promise<any[]> =>
    (await client.get('/api/inbox?limit=100')).body.items.filter(
      (i: { itemId: string }) => i.itemId === itemId,
    );
  /** Delivered and kept: the item is in the hospital's inbox. */
  const arrived = (itemId: string) =>
    eventually(async () => {
      const found = await itemsFor(hospital, itemId);
      return found.length > 0 ? found[0] : undefined;
    });

  beforeAll(async () => {
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    js = jetstream(nats);
    nats.subscribe(`${prefix()}${OUTCOME}`, {
      callback: (_error, msg) => {
        outcomes.push(msg.json());
      },
    });
    await nats.flush();
    // Few, quick retries: an item no retry can apply is parked within the test.
    partners = await startTestService(partnersService, {
      EVENTS_MAX_DELIVER: '2',
      EVENTS_RETRY_BASE_MS: '20',
    });
    coordinator = partners.http.withToken(await tokenFor(principal('coordinator')));
    hospitalId = (
      await coordinator.post('/api/organisations', { name: '莱山区人民医院记忆门诊', kind: 'hospital' })
    ).body.id;
    const otherId = (
      await coordinator.post('/api/organisations', { name: '滨海路社区居委会', kind: 'residents_committee' })
    ).body.id;
    hospital = partners.http.withToken(
      await tokenFor(principal('partner', { organisationId: hospitalId, displayName: '李秀英' })),
    );
    stranger = partners.http.withToken(await tokenFor(principal('partner', { organisationId: otherId })));
  });
  afterAll(async () => {
    await nats?.close();
    await partners?.close();
  });

  it('keeps an item addressed to the organisation, with its origin and display fields', async () => {
    const itemId = randomUUID();
    const sent = referral(itemId);
    await publish(envelope(sent));
    const item = await arrived(itemId);
    expect(item).toMatchObject({
      itemId,
      organisationId: hospitalId,
      kind: 'screening_referral',
      title: '认知筛查阳性转介：王某某，72 岁',
      summary: 'AD8 4 分，MoCA 19 分，建议记忆门诊复查。',
      origin: sent.origin,
      details: { community: '滨海路社区', age: 72, consentGiven: true, phoneOnFile: null },
      dueAt: '2026-12-15T08:00:00.000Z',
      status: 'received',
      acceptedAt: null,
      outcome: null,
    });
    expect((await hospital.get(`/api/inbox/${item.id}`)).body.itemId).toBe(itemId);
    expect(
      (await hospital.get('/api/inbox?status=received&kind=screening_referral')).body.items.map(
        (i: { id: string }) => i.id,
      ),
    ).toContain(item.id);
    expect((await hospital.get('/api/inbox?status=completed')).body.items).toEqual([]);
  });

  it('keeps one item however often it arrives: redelivered, re-published, re-sent under a new event id', async () => {
    const itemId = randomUUID();
    const first = envelope(referral(itemId));
    await publish(first);
    await arrived(itemId);
    await publish(first); // the same message id: JetStream drops it
    await publish(first, randomUUID()); // past de-duplication: the consumer's event inbox has the id
    const resent = envelope(referral(itemId, { title: '重复发送' }));
    await publish(resent); // a new event, the same item
    // Events of one subject are applied in order: once a later item is in, the copies have been handled.
    const marker = randomUUID();
    await publish(envelope(referral(marker)));
    await arrived(marker);
    const copies = await itemsFor(hospital, itemId);
    expect(copies).toHaveLength(1);
    expect(copies[0].title).toBe('认知筛查阳性转介：王某某，72 岁');
    const admin = partners.http.withToken(await tokenFor(principal('admin')));
    const parked = (await admin.get('/api/dead-letters?status=parked')).body.items as { eventId: string }[];
    expect(parked.filter((d) => [first.id, resent.id].includes(d.eventId))).toEqual([]);
  });

  it('parks an item addressed to an organisation partners does not know, and goes on with the next', async () => {
    const lost = envelope(referral(randomUUID(), { organisationId: randomUUID() }));
    await publish(lost);
    const next = randomUUID();
    await publish(envelope(referral(next)));
    await arrived(next);
    const admin = partners.http.withToken(await tokenFor(principal('admin')));
    const parked = await eventually(async () =>
      ((await admin.get('/api/dead-letters?status=parked')).body.items as any[]).find(
        (d) => d.eventId === lost.id,
      ),
    );
    expect(parked).toMatchObject({ subject: RECEIVED, deliveries: 2 });
    expect(parked.error).toContain('which partners does not know');
  });

  it('is accepted, then completed with an outcome, each step published to the sender', async () => {
    const itemId = randomUUID();
    const sent = referral(itemId);
    await publish(envelope(sent));
    const item = await arrived(itemId);

    const accepted = await hospital.post(`/api/inbox/${item.id}/accept`, {
      notes: '已预约 12 月 8 日上午门诊',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', outcome: null });
    expect(accepted.body.acceptedAt).toEqual(expect.any(String));
    const again = await hospital.post(`/api/inbox/${item.id}/accept`, {});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'INBOX_ITEM_TRANSITION_INVALID',
      details: { from: 'accepted', to: 'accepted' },
    });

    const done = await hospital.post(`/api/inbox/${item.id}/outcome`, {
      status: 'completed',
      category: 'diagnosed_mci',
      notes: '已完成 MoCA 复查，建议三个月后随访。',
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'completed',
      outcome: {
        status: 'completed',
        category: 'diagnosed_mci',
        notes: '已完成 MoCA 复查，建议三个月后随访。',
        recordedBy: { displayName: '李秀英' },
      },
    });
    const closed = await hospital.post(`/api/inbox/${item.id}/outcome`, { status: 'declined' });
    expect(closed.status).toBe(409);

    const published = await eventually(() => {
      const mine = outcomes.filter((e) => e.payload.itemId === itemId);
      return Promise.resolve(mine.length >= 2 ? mine : undefined);
    });
    expect(published.map((e) => e.payload.outcome.status)).toEqual(['accepted', 'completed']);
    expect(published[1]).toMatchObject({
      subject: OUTCOME,
      producer: 'partners',
      payload: {
        itemId,
        organisationId: hospitalId,
        organisationName: '莱山区人民医院记忆门诊',
        origin: sent.origin,
        outcome: {
          status: 'completed',
          category: 'diagnosed_mci',
          notes: '已完成 MoCA 复查，建议三个月后随访。',
        },
        recordedBy: { displayName: '李秀英' },
      },
    });
    expect(published[0].payload.outcome).toEqual({
      status: 'accepted',
      category: null,
      notes: '已预约 12 月 8 日上午门诊',
    });
  });

  it('may be declined without being accepted, and refuses outcomes that are not one', async () => {
    const itemId = randomUUID();
    await publish(envelope(referral(itemId)));
    const item = await arrived(itemId);
    const bad = await hospital.post(`/api/inbox/${item.id}/outcome`, {
      status: 'accepted',
      category: 'Not A Key',
    });
    expect(bad.status).toBe(400);
    expect((bad.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual([
      'category',
      'status',
    ]);
    const declined = await hospital.post(`/api/inbox/${item.id}/outcome`, {
      status: 'declined',
      category: 'out_of_area',
      notes: '居住地不在本院服务范围，建议转芝罘区医院。',
    });
    expect(declined.status).toBe(200);
    expect(declined.body.status).toBe('declined');
  });

  it('is another organisation’s 404 (audited) and a coordinator’s to read, not to act on', async () => {
    const itemId = randomUUID();
    await publish(envelope(referral(itemId)));
    const item = await arrived(itemId);

    expect(await itemsFor(stranger, itemId)).toEqual([]);
    const peek = await stranger.get(`/api/inbox/${item.id}`);
    const missing = await stranger.get(`/api/inbox/${randomUUID()}`);
    expect(peek.status).toBe(404);
    expect(peek.body.code).toBe('INBOX_ITEM_NOT_FOUND');
    expect({ ...peek.body, message: '' }).toEqual({ ...missing.body, message: '' });
    expect((await stranger.post(`/api/inbox/${item.id}/accept`, {})).status).toBe(404);
    expect((await stranger.post(`/api/inbox/${item.id}/outcome`, { status: 'declined' })).status).toBe(404);

    expect((await coordinator.get(`/api/inbox/${item.id}`)).status).toBe(200);
    expect(
      (await coordinator.get(`/api/inbox?organisationId=${hospitalId}&limit=100`)).body.items.length,
    ).toBeGreaterThan(0);
    expect((await coordinator.post(`/api/inbox/${item.id}/accept`, {})).status).toBe(403);
    const volunteer = partners.http.withToken(await tokenFor(principal('volunteer')));
    expect((await volunteer.get('/api/inbox')).status).toBe(403);
    expect((await hospital.get(`/api/inbox/${item.id}`)).body.status).toBe('received');

    const admin = partners.http.withToken(await tokenFor(principal('admin')));
    const trail = await admin.get(`/api/audit?recordId=${item.id}`);
    expect(
      trail.body.items.map((e: { action: string; outcome: string }) => `${e.action}:${e.outcome}`),
    ).toEqual(expect.arrayContaining(['inbox.read:denied', 'inbox.act:denied']));
  });
});
