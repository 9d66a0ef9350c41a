import { startNatsCluster, type NatsCluster } from '@linkage/testing';
import {
  duplicatesTakeEffectOnce,
  poisonIsParkedAndReplayedOnce,
  rollbackPublishesNothing,
} from './event-flows';
import { EventRig, eventually, FAST_EVENTS, notExactlyOnce, sleep } from './event-rig';

/**
 * The same flows on the shape k8s/ deploys: a 3-node JetStream cluster (three local nats-server
 * processes routed to each other, started on free ports) with the streams replicated 3 times, and the
 * services given all three URLs. A node dies mid-flow and comes back: nothing lost, nothing doubled.
 */
describe('events on a 3-node JetStream cluster: nothing lost, nothing applied twice', () => {
  let cluster: NatsCluster;
  let rig: EventRig;

  beforeAll(async () => {
    cluster = await startNatsCluster(3);
    rig = await EventRig.start(cluster.url, { EVENTS_STREAM_REPLICAS: '3' });
  });
  afterAll(async () => {
    try {
      await rig?.close();
    } finally {
      await cluster?.dispose();
    }
  });

  it('keeps the partners stream on all three nodes', async () => {
    const info = await rig.streamInfo();
    expect(info.config.num_replicas).toBe(3);
    expect(info.cluster?.replicas ?? []).toHaveLength(2);
  });

  it('publishes an event only when its change commits', () => rollbackPublishesNothing(rig, 'rollback'));

  it('loses nothing and doubles nothing when a node dies mid-flow and comes back (twice)', async () => {
    const before = await rig.streamMessages();
    const ids: string[] = [];
    let producing = true;
    const producer = (async () => {
      for (let round = 0; producing; round += 1) {
        ids.push(...(await rig.produce(`failover-${round}`, 25, 25)));
        await sleep(25);
      }
    })();
    const producedSoFar = (more: number) => {
      const from = ids.length;
      return eventually(() => Promise.resolve(ids.length >= from + more), 30_000);
    };

    try {
      // First the node that leads the stream (publishes fail over), then the one that leads the probe's
      // consumer (its pending pull dies with the node); partners keeps taking changes all along.
      for (const leaderOf of [
        async () => (await rig.streamInfo()).cluster?.leader,
        async () => (await rig.consumerInfo()).cluster?.leader,
      ]) {
        await producedSoFar(300);
        // Right after a node came back, an election may still be going on: wait for its outcome.
        let leader: string | undefined;
        await eventually(
          async () => (leader = await leaderOf().catch(() => undefined)) !== undefined,
          15_000,
        );
        const node = cluster.node(leader!);
        await node.kill();
        try {
          const producedAtKill = ids.length;
          await sleep(1500);
          expect(ids.length).toBeGreaterThan(producedAtKill); // partners took changes meanwhile
        } finally {
          await node.restart();
        }
      }
      await producedSoFar(200);
    } finally {
      producing = false;
      await producer;
    }

    const counts = await rig.settledEffects(ids, 45_000);
    expect(notExactlyOnce(counts)).toEqual([]);
    expect(await rig.streamMessages()).toBe(before + ids.length);
    // The nodes that came back caught up: every replica is current again.
    await eventually(async () => {
      const replicas = (await rig.streamInfo()).cluster?.replicas ?? [];
      return replicas.length === 2 && replicas.every((r) => r.current);
    }, 20_000);
  }, 120_000);

  it(
    'applies an event published twice (and once more without its id) only once',
    () => duplicatesTakeEffectOnce(rig, 'dup'),
    120_000,
  );

  it('parks a poison event after its last delivery, applies those behind it, and replays it once', () =>
    poisonIsParkedAndReplayedOnce(rig, 'poison', Number(FAST_EVENTS.EVENTS_MAX_DELIVER)));
});
