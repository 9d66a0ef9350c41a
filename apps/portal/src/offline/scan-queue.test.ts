import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR } from '../api/client';
import { flushScans, MemoryScanStore, newScan } from './scan-queue';

const at = (s: string) => new Date(`2026-11-28T${s}:00+08:00`);

describe('offline check-in scans', () => {
  it('sends waiting scans in the order they were made, with their idempotency keys', async () => {
    const store = new MemoryScanStore();
    const checkOut = newScan('a1', 'c1.o.code', at('12:01'));
    const checkIn = newScan('a1', 'c1.i.code', at('09:02'));
    await store.put(checkOut);
    await store.put(checkIn);
    const sent: string[] = [];
    const result = await flushScans(store, 'a1', async (scan) => {
      sent.push(`${scan.code}#${scan.id}`);
      return scan.code;
    });
    expect(sent).toEqual([`c1.i.code#${checkIn.id}`, `c1.o.code#${checkOut.id}`]);
    expect(result).toEqual({ sent: ['c1.i.code', 'c1.o.code'], failed: [], pending: [] });
    expect(store.items.size).toBe(0);
  });

  it('keeps everything from the first scan that cannot reach the server, in order', async () => {
    const store = new MemoryScanStore();
    await store.put(newScan('a1', 'first', at('09:00')));
    await store.put(newScan('a1', 'second', at('09:05')));
    const tried: string[] = [];
    const result = await flushScans(store, 'a1', async (scan) => {
      tried.push(scan.code);
      throw new ApiError(0, NETWORK_ERROR, 'Failed to fetch');
    });
    expect(tried).toEqual(['first']);
    expect(result.pending.map((s) => [s.code, s.attempts])).toEqual(
      expect.arrayContaining([
        ['first', 1],
        ['second', 0],
      ]),
    );
  });

  it('counts "already checked in" as done, so a resent scan is never doubled', async () => {
    const store = new MemoryScanStore();
    await store.put(newScan('a1', 'again', at('09:00')));
    const result = await flushScans(store, 'a1', async () => {
      throw new ApiError(409, 'ATTENDANCE_ALREADY_CHECKED_IN', 'checked in');
    });
    expect(result).toEqual({ sent: [], failed: [], pending: [] });
  });

  it('keeps a refused scan with its reason to show, and goes on with the next', async () => {
    const store = new MemoryScanStore();
    await store.put(newScan('a1', 'stale', at('09:00')));
    await store.put(newScan('a1', 'fresh', at('09:01')));
    const result = await flushScans(store, 'a1', async (scan) => {
      if (scan.code === 'stale') throw new ApiError(422, 'CHECK_IN_CODE_EXPIRED', 'expired');
      return scan.code;
    });
    expect(result.sent).toEqual(['fresh']);
    expect(result.failed.map((s) => s.failure?.code)).toEqual(['CHECK_IN_CODE_EXPIRED']);
    // A failed scan is not retried by itself.
    const again = await flushScans(store, 'a1', async () => 'never');
    expect(again.sent).toEqual([]);
  });

  it("leaves other accounts' scans alone (a shared phone)", async () => {
    const store = new MemoryScanStore();
    await store.put(newScan('someone-else', 'theirs', at('09:00')));
    const result = await flushScans(store, 'a1', async (s) => s.code);
    expect(result.sent).toEqual([]);
    expect(store.items.size).toBe(1);
  });
});
