import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** One session shift's staffing as volunteers last counted it. */
export interface ShiftCount {
  shiftId: string;
  sessionId: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  pending: number;
  startsAt: Date;
  countedAt: Date;
}

interface CountRow {
  shift_id: string;
  session_id: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  pending: number;
  starts_at: Date;
  counted_at: Date;
}

/**
 * session_shift_staffing: each session shift's counts as volunteers publishes them
 * (volunteers.shift.staffing-changed.v1). Counts are states: the newest (`countedAt`) is kept, so an
 * old or repeated event can only be ignored, never added.
 */
@Injectable()
export class SessionStaffingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Keeps a shift's count unless a newer one is there (columns assigned left to right: counted_at last). */
  async keepCount(tx: Tx, count: ShiftCount): Promise<void> {
    await tx.query(
      `INSERT INTO session_shift_staffing
         (shift_id, session_id, capacity, confirmed, waitlisted, pending, starts_at, counted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE
         capacity = IF(VALUES(counted_at) > counted_at, VALUES(capacity), capacity),
         confirmed = IF(VALUES(counted_at) > counted_at, VALUES(confirmed), confirmed),
         waitlisted = IF(VALUES(counted_at) > counted_at, VALUES(waitlisted), waitlisted),
         pending = IF(VALUES(counted_at) > counted_at, VALUES(pending), pending),
         starts_at = IF(VALUES(counted_at) > counted_at, VALUES(starts_at), starts_at),
         counted_at = GREATEST(counted_at, VALUES(counted_at))`,
      [
        count.shiftId,
        count.sessionId,
        count.capacity,
        count.confirmed,
        count.waitlisted,
        count.pending,
        count.startsAt,
        count.countedAt,
      ],
    );
  }

  /** The counted shifts of these sessions. */
  async countsOf(sessionIds: readonly string[]): Promise<ShiftCount[]> {
    if (sessionIds.length === 0) return [];
    const rows = await this.db.query<CountRow[]>(
      'SELECT * FROM session_shift_staffing WHERE session_id IN (?) ORDER BY starts_at, shift_id',
      [[...sessionIds]],
    );
    return rows.map((r) => ({
      shiftId: r.shift_id,
      sessionId: r.session_id,
      capacity: Number(r.capacity),
      confirmed: Number(r.confirmed),
      waitlisted: Number(r.waitlisted),
      pending: Number(r.pending),
      startsAt: r.starts_at,
      countedAt: r.counted_at,
    }));
  }
}
