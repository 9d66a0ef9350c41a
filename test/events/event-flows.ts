import { EventSubject } from '@linkage/contracts';
import { Outbox } from '@linkage/messaging';
import { DataSource } from 'typeorm';
import { POISON_PREFIX } from '../../bench/events/probe-service';
import { eventually, notExactlyOnce, registered, sleep, type EventRig } from './event-rig';

/**
 * The reliability flows of issue 7, written once and run by each topology's spec (one server, a 3-node
 * cluster). Each flow makes its own events (names carry its tag) and checks only those.
 */

/** A transaction that writes an event and rolls back publishes nothing; one that commits, once. */
export async function rollbackPublishesNothing(rig: EventRig, tag: string): Promise<void> {
  const before = await rig.streamMessages();
  const rolledBack: string[] = [];
  await expect(
    rig.partners.app.get(DataSource).transaction(async (tx) => {
      const outbox = rig.partners.app.get(Outbox);
      const event = registered(`${tag}-rolled-back`);
      rolledBack.push((await outbox.add(tx, EventSubject.partnersOrganisationRegistered, event)).id);
      throw new Error('the change is refused');
    }),
  ).rejects.toThrow('the change is refused');
  expect(rolledBack).toHaveLength(1);

  // A committed event behind it: once it has arrived, the relay has been through the outbox since.
  const [committed] = await rig.produceNamed([`${tag}-committed`]);
  expect(notExactlyOnce(await rig.settledEffects([committed], 10_000))).toEqual([]);
  expect((await rig.effects(rolledBack)).get(rolledBack[0])).toBe(0);
  expect(await rig.streamMessages()).toBe(before + 1);
  expect(
    await rig.partnersQuery('SELECT id FROM outbox WHERE id IN (?)', [[committed, rolledBack[0]]]),
  ).toEqual([{ id: committed }]);
}

/**
 * The relay publishes a batch again (as after a crash between publish and mark): JetStream drops the
 * copies by Nats-Msg-Id. Then the same envelopes are published again with no id at all, past the
 * de-duplication: the stream holds them twice, and the probe's inbox still applies each once.
 */
export async function duplicatesTakeEffectOnce(rig: EventRig, tag: string): Promise<void> {
  const ids = await rig.produce(tag, 50, 10);
  expect(notExactlyOnce(await rig.settledEffects(ids, 30_000, 0))).toEqual([]);
  const afterFirst = await rig.streamMessages();

  // 1. The relay "forgets" it published them.
  await rig.partnersQuery('UPDATE outbox SET published_at = NULL WHERE id IN (?)', [ids]);
  await eventually(async () => (await rig.outboxPending()) === 0, 10_000);
  expect(await rig.streamMessages()).toBe(afterFirst);

  // 2. The same envelopes again, without Nats-Msg-Id: JetStream stores every copy.
  const envelopes = await rig.partnersQuery<{ envelope: string }>(
    'SELECT envelope FROM outbox WHERE id IN (?) ORDER BY seq',
    [ids],
  );
  for (const { envelope } of envelopes) await rig.publishRaw(envelope);
  expect(await rig.streamMessages()).toBe(afterFirst + ids.length);
  // Longer than the 30 s ack wait: an ack lost on its way to the consumer's leader (seen once in 3 runs
  // on the cluster) is redelivered then and taken as a duplicate, which is what this flow checks.
  await rig.waitForConsumerIdle(45_000);

  const counts = await rig.settledEffects(ids, 5_000);
  expect(notExactlyOnce(counts)).toEqual([]);
  expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(ids.length);
}

/**
 * A poison event fails on every delivery: it is parked after EVENTS_MAX_DELIVER with its last error,
 * the events behind it are applied meanwhile, an admin sees it in GET /api/dead-letters, and a replay
 * (once it can succeed) applies it exactly once; a second replay is refused.
 */
export async function poisonIsParkedAndReplayedOnce(
  rig: EventRig,
  tag: string,
  maxDeliver: number,
): Promise<void> {
  const poisonName = `${POISON_PREFIX}-${tag}`;
  await rig.probeQuery('INSERT INTO probe_failing (name) VALUES (?)', [poisonName]);
  const behindNames = Array.from({ length: 10 }, (_, i) => `${tag}-behind-${i}`);
  // One transaction, so the events behind it are published right behind it, not whenever they commit.
  const [poisonId, ...behind] = await rig.produceNamed([poisonName, ...behindNames], 11);

  const counts = await rig.settledEffects(behind, 10_000, 0);
  expect(notExactlyOnce(counts)).toEqual([]);

  const admin = rig.probeAsAdmin();
  let entry: any;
  await eventually(async () => {
    const parked = await admin.get('/api/dead-letters?status=parked');
    expect(parked.status).toBe(200);
    entry = parked.body.items.find((d: { eventId: string }) => d.eventId === poisonId);
    return entry !== undefined;
  }, 10_000);
  expect(entry).toMatchObject({
    consumer: 'counselling',
    subject: 'partners.organisation.registered.v1',
    deliveries: maxDeliver,
    status: 'parked',
    event: { id: poisonId, payload: { name: poisonName } },
  });
  expect(entry.error).toContain(`probe: ${poisonName} is set to fail`);
  // The events behind it did not wait for it to be given up on.
  const [{ lastBehind }] = await rig.probeQuery<{ lastBehind: Date }>(
    'SELECT MAX(applied_at) AS lastBehind FROM probe_effects WHERE event_id IN (?)',
    [behind],
  );
  expect(lastBehind.getTime()).toBeLessThanOrEqual(Date.parse(entry.parkedAt));
  expect((await rig.effects([poisonId])).get(poisonId)).toBe(0);

  // Still failing: the replay says why and the entry stays parked.
  const refused = await admin.post(`/api/dead-letters/${entry.id}/replay`);
  expect(refused.status).toBe(422);
  expect(refused.body.code).toBe('DEAD_LETTER_REPLAY_FAILED');

  await rig.probeQuery('DELETE FROM probe_failing WHERE name = ?', [poisonName]);
  const replayed = await admin.post(`/api/dead-letters/${entry.id}/replay`);
  expect(replayed.status).toBe(200);
  expect(replayed.body.status).toBe('replayed');
  const again = await admin.post(`/api/dead-letters/${entry.id}/replay`);
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('DEAD_LETTER_RESOLVED');
  await sleep(300);
  expect((await rig.effects([poisonId])).get(poisonId)).toBe(1);
}

/**
 * The consumer's process is killed (SIGKILL) in the middle of a backlog of events, and started again:
 * every event takes effect exactly once. What the dead process had taken but not acked comes back after
 * the consumer's ack wait (30 s) as redeliveries, which the inbox absorbs if their effect had committed.
 */
export async function consumerCrashLosesNothing(rig: EventRig, tag: string, count = 2000): Promise<void> {
  await rig.stopProbe();
  const ids = await rig.produce(tag, count, 50);
  await eventually(async () => (await rig.outboxPending()) === 0, 20_000);

  await rig.startProbe();
  const applied = async (): Promise<number> => {
    const [row] = await rig.probeQuery<{ n: number }>(
      'SELECT COUNT(*) AS n FROM probe_effects WHERE name LIKE ?',
      [`${tag}-%`],
    );
    return Number(row.n);
  };
  const started = Date.now();
  while ((await applied()) < count / 10) {
    if (Date.now() - started > 20_000) throw new Error('the probe applied nothing within 20 s');
    await sleep(5);
  }
  await rig.killProbe();
  expect(await applied()).toBeLessThan(count); // killed with a batch in hand, not after the end

  await rig.startProbe();
  const counts = await rig.settledEffects(ids, 45_000);
  expect(notExactlyOnce(counts)).toEqual([]);
  expect(await applied()).toBe(count);
  // The killed process held deliveries it never acked: the new one got them again.
  expect(await rig.probeMetric('linkage_events_redelivered_total')).toBeGreaterThan(0);
}
