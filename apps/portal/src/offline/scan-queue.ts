import { IndexedDbStore, MemoryStore, type DeviceStore } from './device-store';
import { ApiError, NETWORK_ERROR } from '../api/client';

/**
 * Check-in/out scans made without network, kept in IndexedDB until they can be sent.
 *
 * Each scan has an id that travels as the `Idempotency-Key` header. The volunteers service does not read
 * that header today; what makes a resend safe is the scan endpoint itself: scanning the same purpose
 * again answers the attendance as it already is (200), so a scan whose answer was lost on the way back
 * is never counted twice. `ATTENDANCE_ALREADY_CHECKED_IN` is also taken as done.
 */
export interface PendingScan {
  id: string;
  accountId: string;
  code: string;
  scannedAt: string;
  attempts: number;
  /** A definite refusal (e.g. the code expired while offline): kept to show, until dismissed. */
  failure?: { code: string; message: string };
}

export type ScanStore = DeviceStore<PendingScan>;

export type SendScan<T> = (scan: PendingScan) => Promise<T>;

export interface FlushResult<T> {
  sent: T[];
  failed: PendingScan[];
  pending: PendingScan[];
}

/** Answers that mean "try later": no network, or the gateway/service is down. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.code === NETWORK_ERROR || error.status === 0 || error.status >= 500 || error.status === 429;
}

const DONE_CODES = new Set(['ATTENDANCE_ALREADY_CHECKED_IN']);

/** Sends this account's waiting scans in the order they were made; stops at the first transient failure. */
export async function flushScans<T>(
  store: ScanStore,
  accountId: string,
  send: SendScan<T>,
): Promise<FlushResult<T>> {
  const mine = (await store.all())
    .filter((s) => s.accountId === accountId)
    .sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
  const sent: T[] = [];
  let stopped = false;
  for (const scan of mine) {
    if (stopped || scan.failure) continue;
    try {
      sent.push(await send(scan));
      await store.delete(scan.id);
    } catch (error) {
      if (error instanceof ApiError && DONE_CODES.has(error.code)) {
        await store.delete(scan.id);
      } else if (isTransient(error)) {
        await store.put({ ...scan, attempts: scan.attempts + 1 });
        stopped = true;
      } else {
        const e = error as ApiError;
        await store.put({
          ...scan,
          attempts: scan.attempts + 1,
          failure: { code: e.code, message: e.message },
        });
      }
    }
  }
  const left = (await store.all()).filter((s) => s.accountId === accountId);
  return { sent, failed: left.filter((s) => s.failure), pending: left.filter((s) => !s.failure) };
}

export function newScan(accountId: string, code: string, now = new Date()): PendingScan {
  return { id: crypto.randomUUID(), accountId, code, scannedAt: now.toISOString(), attempts: 0 };
}

/** The scans kept on the phone until the network is back. */
export class IndexedDbScanStore extends IndexedDbStore<PendingScan> {
  constructor() {
    super('linkage-offline', 'scans');
  }
}

export class MemoryScanStore extends MemoryStore<PendingScan> {}
