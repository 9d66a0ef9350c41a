import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR, type Schemas } from '../api/client';
import { flushWork, MemoryWorkStore, type KeptWork, type Senders } from './screening-queue';

const ACCOUNT = 'account-1';
const SESSION = 'session-1';

function registration(id: string, createdAt: string): KeptWork {
  return {
    kind: 'registration',
    id,
    accountId: ACCOUNT,
    sessionId: SESSION,
    createdAt,
    attempts: 0,
    body: {
      campaignId: 'c',
      sessionId: SESSION,
      name: '王桂兰',
      sex: 'female',
      birthDate: '1956-03-12',
      community: '滨海路社区',
    },
  };
}

function result(clientId: string, createdAt: string, resident: { id?: string; localId?: string }): KeptWork {
  return {
    kind: 'result',
    id: clientId,
    accountId: ACCOUNT,
    sessionId: SESSION,
    createdAt,
    attempts: 0,
    resident,
    residentName: '王桂兰',
    body: { clientId, version: 'AD8@1', answers: {}, administeredAt: createdAt },
  };
}

/** A server that stores by clientId, as the screening service does; `down` answers like no network. */
function server() {
  const stored = new Map<string, string>();
  const calls: string[] = [];
  let down = false;
  let residents = 0;
  const senders: Senders = {
    register: async (body) => {
      calls.push(`register ${body.name}`);
      if (down) throw new ApiError(0, NETWORK_ERROR, 'offline');
      residents += 1;
      return { id: `resident-${residents}` };
    },
    record: async (residentId, body) => {
      calls.push(`record ${body.clientId} for ${residentId}`);
      if (down) throw new ApiError(0, NETWORK_ERROR, 'offline');
      stored.set(body.clientId, residentId);
      return { id: body.clientId, residentId } as Schemas['ResultView'];
    },
  };
  return { senders, stored, calls, setDown: (d: boolean) => (down = d) };
}

describe('screening work kept offline', () => {
  it('registers the resident first, then sends the results with the id the server gave', async () => {
    const store = new MemoryWorkStore();
    await store.put(result('r-2', '2026-10-09T01:02:00Z', { localId: 'local-1' }));
    await store.put(registration('local-1', '2026-10-09T01:00:00Z'));
    await store.put(result('r-1', '2026-10-09T01:01:00Z', { localId: 'local-1' }));
    const s = server();
    const outcome = await flushWork(store, ACCOUNT, s.senders);
    expect(s.calls).toEqual(['register 王桂兰', 'record r-1 for resident-1', 'record r-2 for resident-1']);
    expect(outcome.pending).toEqual([]);
    expect(outcome.registered.get('local-1')).toBe('resident-1');
  });

  it('keeps everything while there is no network and sends it exactly once when it returns', async () => {
    const store = new MemoryWorkStore();
    await store.put(result('r-1', '2026-10-09T01:01:00Z', { id: 'resident-9' }));
    const s = server();
    s.setDown(true);
    expect((await flushWork(store, ACCOUNT, s.senders)).pending).toHaveLength(1);
    s.setDown(false);
    await flushWork(store, ACCOUNT, s.senders);
    await flushWork(store, ACCOUNT, s.senders);
    expect(s.calls.filter((c) => c.startsWith('record') && !c.includes('offline'))).toHaveLength(2);
    expect([...s.stored.keys()]).toEqual(['r-1']);
    expect(await store.all()).toEqual([]);
  });

  it('takes RESIDENT_DUPLICATE naming the resident as the registration that was sent before', async () => {
    const store = new MemoryWorkStore();
    await store.put(registration('local-1', '2026-10-09T01:00:00Z'));
    await store.put(result('r-1', '2026-10-09T01:01:00Z', { localId: 'local-1' }));
    const s = server();
    s.senders.register = async () => {
      throw new ApiError(409, 'RESIDENT_DUPLICATE', 'duplicate', {
        residentId: 'resident-7',
        matchedBy: 'person',
      });
    };
    await flushWork(store, ACCOUNT, s.senders);
    expect(s.stored.get('r-1')).toBe('resident-7');
  });

  it('keeps a refused registration with its reason, and its results wait for it', async () => {
    const store = new MemoryWorkStore();
    await store.put(registration('local-1', '2026-10-09T01:00:00Z'));
    await store.put(result('r-1', '2026-10-09T01:01:00Z', { localId: 'local-1' }));
    const s = server();
    s.senders.register = async () => {
      throw new ApiError(400, 'RESIDENT_ID_NUMBER_INVALID', 'bad id');
    };
    const outcome = await flushWork(store, ACCOUNT, s.senders);
    expect(outcome.failed.map((w) => [w.id, w.failure?.code])).toEqual([
      ['local-1', 'RESIDENT_ID_NUMBER_INVALID'],
    ]);
    expect(outcome.pending.map((w) => w.id)).toEqual(['r-1']);
    expect(s.stored.size).toBe(0);
  });

  it('gives a result the server id once its registration went out, even if the result did not', async () => {
    const store = new MemoryWorkStore();
    await store.put(registration('local-1', '2026-10-09T01:00:00Z'));
    await store.put(result('r-1', '2026-10-09T01:01:00Z', { localId: 'local-1' }));
    const s = server();
    s.senders.record = async () => {
      throw new ApiError(503, 'SERVICE_UNAVAILABLE', 'down');
    };
    const outcome = await flushWork(store, ACCOUNT, s.senders);
    expect(outcome.pending).toMatchObject([{ id: 'r-1', resident: { id: 'resident-1' } }]);
  });

  it('leaves another account’s work alone', async () => {
    const store = new MemoryWorkStore();
    await store.put({ ...result('r-1', '2026-10-09T01:01:00Z', { id: 'x' }), accountId: 'someone-else' });
    const s = server();
    await flushWork(store, ACCOUNT, s.senders);
    expect(s.calls).toEqual([]);
  });
});
