import { principal, startNatsServer, tokenFor, type NatsServer } from '@linkage/testing';
import {
  consumerCrashLosesNothing,
  duplicatesTakeEffectOnce,
  poisonIsParkedAndReplayedOnce,
  rollbackPublishesNothing,
} from './event-flows';
import { EventRig, FAST_EVENTS, notExactlyOnce, sleep } from './event-rig';

/**
 * The reliability rules of the events (ARCHITECTURE.md, issue 7) against faults, on a JetStream server
 * of this file's own (a throwaway nats-server on a free port, so stopping it touches nobody else):
 * partners publishes through its outbox, the probe consumer (in its own process) counts what it applies.
 */
describe('events on one JetStream server: nothing lost, nothing applied twice', () => {
  let nats: NatsServer;
  let rig: EventRig;

  beforeAll(async () => {
    nats = await startNatsServer();
    rig = await EventRig.start(nats.url);
  });
  afterAll(async () => {
    try {
      await rig?.close();
    } finally {
      await nats?.dispose();
    }
  });

  it('publishes an event only when its change commits', () => rollbackPublishesNothing(rig, 'rollback'));

  it('keeps taking changes while NATS is down, and delivers each event once when it is back', async () => {
    const coordinator = rig.partners.http.withToken(await tokenFor(principal('coordinator')));
    const before = await rig.streamMessages();
    await nats.kill();

    const created: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const response = await coordinator.post('/api/organisations', {
        name: `outage-http-${i}`,
        kind: 'social_work_ngo',
      });
      expect(response.status).toBe(201);
      created.push(response.body.id);
    }
    const ids = await rig.produce('outage', 200, 10);
    const fromHttp = await rig.partnersQuery<{ id: string }>(
      `SELECT id FROM outbox WHERE JSON_VALUE(envelope, '$.payload.organisationId') IN (?)`,
      [created],
    );
    expect(fromHttp).toHaveLength(created.length);
    ids.push(...fromHttp.map((row) => row.id));
    expect(await rig.outboxPending()).toBeGreaterThanOrEqual(ids.length);
    await sleep(1000); // the relay tries, fails and backs off meanwhile

    await nats.restart();
    const counts = await rig.settledEffects(ids, 30_000);
    expect(notExactlyOnce(counts)).toEqual([]);
    expect(await rig.streamMessages()).toBe(before + ids.length);
    expect(await rig.outboxPending()).toBe(0);
  });

  it(
    'applies an event published twice (and once more without its id) only once',
    () => duplicatesTakeEffectOnce(rig, 'dup'),
    120_000,
  );

  it('parks a poison event after its last delivery, applies those behind it, and replays it once', () =>
    poisonIsParkedAndReplayedOnce(rig, 'poison', Number(FAST_EVENTS.EVENTS_MAX_DELIVER)));

  it(
    'loses nothing and applies nothing twice when the consumer process is killed mid-batch',
    () => consumerCrashLosesNothing(rig, 'crash', 2000),
    120_000,
  );
});
