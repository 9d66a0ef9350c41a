import { IndexedDbStore, MemoryStore, type DeviceStore } from './device-store';
import { ApiError, type Schemas } from '../api/client';
import { isTransient } from './scan-queue';

export type RegistrationBody = Schemas['RegisterResidentDto'];
export type ResultBody = Schemas['RecordResultDto'];

/** Whom a kept result belongs to: a resident the server knows, or one registered on this device while offline. */
export interface ResidentRef {
  /** The server's id, once known. */
  id?: string;
  /** The registration kept on this device that makes the resident. */
  localId?: string;
}

interface Kept {
  /** The registration's local id, or the result's clientId. */
  id: string;
  accountId: string;
  sessionId: string;
  /** When it was entered on the device: sends go in this order. */
  createdAt: string;
  attempts: number;
  /** A definite refusal, kept to show until dismissed. */
  failure?: { code: string; message: string };
}

export interface KeptRegistration extends Kept {
  kind: 'registration';
  body: RegistrationBody;
}

export interface KeptResult extends Kept {
  kind: 'result';
  resident: ResidentRef;
  /** For showing: the resident's name and the instrument. */
  residentName: string;
  body: ResultBody;
}

export type KeptWork = KeptRegistration | KeptResult;

export type WorkStore = DeviceStore<KeptWork>;

export interface Senders {
  register(body: RegistrationBody): Promise<{ id: string }>;
  record(residentId: string, body: ResultBody): Promise<Schemas['ResultView']>;
}

export interface FlushOutcome {
  /** Registrations sent: local id → the server's resident id. */
  registered: Map<string, string>;
  recorded: Schemas['ResultView'][];
  pending: KeptWork[];
  failed: KeptWork[];
}

/**
 * A registration's answer may have been lost on the way back (the network dropped after the server
 * stored it): sent again, the server finds the same person in the campaign and answers
 * RESIDENT_DUPLICATE naming the resident, who is then the one this registration made. The results are
 * safe to resend as they are: the server answers a clientId it has seen with the stored result.
 */
function registeredBefore(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'RESIDENT_DUPLICATE') return null;
  const id = (error.details as { residentId?: unknown } | undefined)?.residentId;
  return typeof id === 'string' ? id : null;
}

/**
 * Sends this account's kept work in the order it was entered: a resident's registration before their
 * results (a result waits for its registration, and goes with the id the server gave). Stops at the first
 * transient failure (no network, the service down), so order is kept; a definite refusal is kept with its
 * reason, and results waiting for a refused registration stay until it is dismissed.
 */
export async function flushWork(store: WorkStore, accountId: string, send: Senders): Promise<FlushOutcome> {
  const mine = (await store.all())
    .filter((w) => w.accountId === accountId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const registered = new Map<string, string>();
  const recorded: Schemas['ResultView'][] = [];
  for (const work of mine) {
    if (work.failure) continue;
    let residentId: string | undefined;
    if (work.kind === 'result') {
      residentId = work.resident.id ?? registered.get(work.resident.localId ?? '');
      if (!residentId) continue; // its registration is not sent yet (or was refused)
    }
    try {
      if (work.kind === 'registration') {
        registered.set(work.id, (await send.register(work.body)).id);
      } else {
        recorded.push(await send.record(residentId!, work.body));
      }
      await store.delete(work.id);
    } catch (error) {
      const known = work.kind === 'registration' ? registeredBefore(error) : null;
      if (known) {
        registered.set(work.id, known);
        await store.delete(work.id);
      } else if (isTransient(error)) {
        await store.put({ ...work, attempts: work.attempts + 1 });
        break;
      } else {
        const e = error as ApiError;
        await store.put({
          ...work,
          attempts: work.attempts + 1,
          failure: { code: e.code, message: e.message },
        });
      }
    }
  }
  // Results whose registration went out in this flush but which were not sent: they keep the server's id.
  for (const work of await store.all()) {
    if (work.kind === 'result' && !work.resident.id && registered.has(work.resident.localId ?? '')) {
      await store.put({ ...work, resident: { id: registered.get(work.resident.localId!) } });
    }
  }
  const left = (await store.all()).filter((w) => w.accountId === accountId);
  return {
    registered,
    recorded,
    pending: left.filter((w) => !w.failure),
    failed: left.filter((w) => w.failure),
  };
}

/** Kept on the device in IndexedDB (its own database, beside the scans'), surviving a reload. */
export class IndexedDbWorkStore extends IndexedDbStore<KeptWork> {
  constructor() {
    super('linkage-screening', 'work');
  }
}

export class MemoryWorkStore extends MemoryStore<KeptWork> {}
