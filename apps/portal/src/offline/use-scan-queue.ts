import { useCallback, useEffect, useRef, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import {
  flushScans,
  IndexedDbScanStore,
  isTransient,
  newScan,
  type PendingScan,
  type ScanStore,
} from './scan-queue';

type Attendance = Schemas['AttendanceView'];

let defaultStore: ScanStore | null = null;
function scanStore(): ScanStore {
  defaultStore ??= new IndexedDbScanStore();
  return defaultStore;
}

/**
 * Sends a scan. One kept on the phone goes with the time it was made, so the server takes its code and
 * records the attendance as of then (up to two hours late); one made just now goes without it.
 */
function send(scan: PendingScan, kept = true): Promise<Attendance> {
  const body = kept ? { code: scan.code, scannedAt: scan.scannedAt } : { code: scan.code };
  return unwrap(api.POST('/api/attendance/scan', { body, headers: { 'Idempotency-Key': scan.id } }));
}

export type ScanOutcome = { kind: 'sent'; attendance: Attendance } | { kind: 'queued' };

/**
 * Submits a scanned code now, or keeps it for later when there is no network; sends what is waiting when
 * the page opens and whenever the browser comes back online.
 */
export function useScanQueue(accountId: string) {
  const [pending, setPending] = useState<PendingScan[]>([]);
  const [failed, setFailed] = useState<PendingScan[]>([]);
  const [lastSent, setLastSent] = useState<Attendance[]>([]);
  const flushing = useRef(false);

  const reload = useCallback(async () => {
    const all = (await scanStore().all()).filter((s) => s.accountId === accountId);
    setPending(all.filter((s) => !s.failure));
    setFailed(all.filter((s) => s.failure));
  }, [accountId]);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      const result = await flushScans(scanStore(), accountId, send);
      if (result.sent.length) setLastSent(result.sent);
      setPending(result.pending);
      setFailed(result.failed);
    } finally {
      flushing.current = false;
    }
  }, [accountId]);

  useEffect(() => {
    void reload().then(flush);
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [reload, flush]);

  const submit = useCallback(
    async (code: string): Promise<ScanOutcome> => {
      const scan = newScan(accountId, code);
      if (typeof navigator !== 'undefined' && navigator.onLine === false) {
        await scanStore().put(scan);
        await reload();
        return { kind: 'queued' };
      }
      try {
        return { kind: 'sent', attendance: await send(scan, false) };
      } catch (error) {
        if (!isTransient(error)) throw error;
        await scanStore().put(scan);
        await reload();
        return { kind: 'queued' };
      }
    },
    [accountId, reload],
  );

  const dismiss = useCallback(
    async (id: string) => {
      await scanStore().delete(id);
      await reload();
    },
    [reload],
  );

  return { pending, failed, lastSent, submit, flush, dismiss };
}
