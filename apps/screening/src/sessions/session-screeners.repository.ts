import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ScreenerSessionsSource } from '../access/screening.access';

/**
 * session_screeners: who holds a confirmed place on a session's shift, as volunteers' assignment events
 * tell it (one row per session, volunteer and shift; the latest change by its time wins, whatever order
 * the confirmed and cancelled subjects arrive in). The screener access rule reads it (the service
 * definition hands this class to the access module as its ScreenerSessionsSource).
 */
@Injectable()
export class SessionScreenersRepository implements ScreenerSessionsSource {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A volunteer's place on a session's shift confirmed or given up, unless a later change is kept already. */
  async keepScreener(
    tx: Tx,
    screener: {
      sessionId: string;
      volunteerId: string;
      shiftId: string;
      status: 'confirmed' | 'cancelled';
      changedAt: Date;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO session_screeners (session_id, volunteer_id, shift_id, status, changed_at)
       VALUES (?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE
         status = IF(VALUES(changed_at) >= changed_at, VALUES(status), status),
         changed_at = GREATEST(changed_at, VALUES(changed_at))`,
      [screener.sessionId, screener.volunteerId, screener.shiftId, screener.status, screener.changedAt],
    );
  }

  async confirmedSessions(
    volunteerId: string,
    window: { startsBy: Date; endsAfter: Date },
  ): Promise<string[]> {
    const rows = await this.db.query<{ session_id: string }[]>(
      `SELECT DISTINCT c.session_id
         FROM session_screeners c
         JOIN screening_sessions s ON s.id = c.session_id
        WHERE c.volunteer_id = ? AND c.status = 'confirmed' AND s.status <> 'cancelled'
          AND s.starts_at <= ? AND s.ends_at > ?`,
      [volunteerId, window.startsBy, window.endsAfter],
    );
    return rows.map((r) => r.session_id);
  }
}
