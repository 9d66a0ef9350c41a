import { useCallback, useEffect, useRef, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { isTransient } from './scan-queue';
import {
  flushWork,
  IndexedDbWorkStore,
  type KeptResult,
  type KeptWork,
  type RegistrationBody,
  type ResidentRef,
  type ResultBody,
  type Senders,
  type WorkStore,
} from './screening-queue';

type Result = Schemas['ResultView'];
type Resident = Schemas['ResidentView'];

let defaultStore: WorkStore | null = null;
function workStore(): WorkStore {
  defaultStore ??= new IndexedDbWorkStore();
  return defaultStore;
}

const senders: Senders = {
  register: (body) => unwrap(api.POST('/api/residents', { body })),
  record: (residentId, body) =>
    unwrap(api.POST('/api/residents/{id}/results', { params: { path: { id: residentId } }, body })),
};

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

export type Registered = { kind: 'sent'; resident: Resident } | { kind: 'kept'; localId: string };
export type Recorded = { kind: 'sent'; result: Result } | { kind: 'kept'; clientId: string };

/**
 * A screener's work at a session: registrations and results go to the server at once when it can be
 * reached, and are kept on the device (IndexedDB) when it cannot, then sent in order when the browser
 * comes back online (and when the page opens). `pending` is what waits; `failed` what the server refused.
 */
export function useScreeningQueue(accountId: string, sessionId: string, onSent?: () => void) {
  const [pending, setPending] = useState<KeptWork[]>([]);
  const [failed, setFailed] = useState<KeptWork[]>([]);
  const [registered, setRegistered] = useState<Map<string, string>>(new Map());
  const flushing = useRef(false);
  const sentCallback = useRef(onSent);
  sentCallback.current = onSent;

  const reload = useCallback(async () => {
    const all = (await workStore().all()).filter(
      (w) => w.accountId === accountId && w.sessionId === sessionId,
    );
    setPending(all.filter((w) => !w.failure));
    setFailed(all.filter((w) => w.failure));
  }, [accountId, sessionId]);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      const outcome = await flushWork(workStore(), accountId, senders);
      if (outcome.registered.size) setRegistered((m) => new Map([...m, ...outcome.registered]));
      if (outcome.registered.size || outcome.recorded.length) sentCallback.current?.();
      await reload();
    } finally {
      flushing.current = false;
    }
  }, [accountId, reload]);

  useEffect(() => {
    void reload().then(flush);
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [reload, flush]);

  const keep = useCallback(
    async (work: KeptWork) => {
      await workStore().put(work);
      await reload();
    },
    [reload],
  );

  const register = useCallback(
    async (body: RegistrationBody): Promise<Registered> => {
      const localId = crypto.randomUUID();
      const work: KeptWork = {
        kind: 'registration',
        id: localId,
        accountId,
        sessionId,
        createdAt: new Date().toISOString(),
        attempts: 0,
        body,
      };
      if (offline()) {
        await keep(work);
        return { kind: 'kept', localId };
      }
      try {
        return { kind: 'sent', resident: await unwrap(api.POST('/api/residents', { body })) };
      } catch (error) {
        if (!isTransient(error)) throw error;
        await keep(work);
        return { kind: 'kept', localId };
      }
    },
    [accountId, sessionId, keep],
  );

  const record = useCallback(
    async (resident: ResidentRef, residentName: string, body: ResultBody): Promise<Recorded> => {
      const known = resident.id ?? registered.get(resident.localId ?? '');
      const work: KeptResult = {
        kind: 'result',
        id: body.clientId,
        accountId,
        sessionId,
        createdAt: body.administeredAt ?? new Date().toISOString(),
        attempts: 0,
        resident: known ? { id: known } : resident,
        residentName,
        body,
      };
      // A resident still waiting on this device: the result waits behind the registration.
      if (!known || offline()) {
        await keep(work);
        return { kind: 'kept', clientId: body.clientId };
      }
      try {
        return { kind: 'sent', result: await senders.record(known, body) };
      } catch (error) {
        if (!isTransient(error)) throw error;
        await keep(work);
        return { kind: 'kept', clientId: body.clientId };
      }
    },
    [accountId, sessionId, registered, keep],
  );

  const dismiss = useCallback(
    async (id: string) => {
      await workStore().delete(id);
      await reload();
    },
    [reload],
  );

  return { pending, failed, registered, register, record, flush, dismiss };
}
