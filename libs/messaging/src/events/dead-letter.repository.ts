import { decodeCursor, encodeCursor, newId, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export type DeadLetterStatus = 'parked' | 'replayed' | 'discarded';

export interface DeadLetter {
  id: string;
  consumer: string;
  eventId: string | null;
  subject: string;
  /** The message as it arrived (the envelope's JSON, or whatever bytes could not be read as one). */
  envelope: string;
  error: string;
  deliveries: number;
  status: DeadLetterStatus;
  parkedAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
}

interface Row {
  id: string;
  consumer: string;
  event_id: string | null;
  subject: string;
  envelope: string;
  error: string;
  deliveries: number;
  status: DeadLetterStatus;
  parked_at: Date;
  resolved_at: Date | null;
  resolved_by: string | null;
}

const toDeadLetter = (r: Row): DeadLetter => ({
  id: r.id,
  consumer: r.consumer,
  eventId: r.event_id,
  subject: r.subject,
  envelope: r.envelope,
  error: r.error,
  deliveries: r.deliveries,
  status: r.status,
  parkedAt: r.parked_at,
  resolvedAt: r.resolved_at,
  resolvedBy: r.resolved_by,
});

/** Events a consumer gave up on, kept for an admin to replay or discard. */
@Injectable()
export class DeadLetterRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Parks an event; parking the same event for the same consumer again keeps the first entry. */
  async park(
    entry: Omit<DeadLetter, 'id' | 'status' | 'parkedAt' | 'resolvedAt' | 'resolvedBy'>,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO dead_letters (id, consumer, event_id, subject, envelope, error, deliveries, status, parked_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'parked', ?)
       ON DUPLICATE KEY UPDATE id = id`,
      [
        newId(),
        entry.consumer,
        entry.eventId,
        entry.subject.slice(0, 200),
        entry.envelope,
        entry.error.slice(0, 4000),
        entry.deliveries,
        new Date(),
      ],
    );
  }

  async list(filter: {
    status?: DeadLetterStatus;
    limit: number;
    cursor?: string;
  }): Promise<{ items: DeadLetter[]; nextCursor: string | null }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status) {
      where.push('status = ?');
      params.push(filter.status);
    }
    if (filter.cursor) {
      where.push('id < ?');
      params.push(decodeCursor(filter.cursor));
    }
    const rows: Row[] = await this.db.query(
      `SELECT * FROM dead_letters ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY id DESC LIMIT ?`,
      [...params, filter.limit + 1],
    );
    const items = rows.slice(0, filter.limit).map(toDeadLetter);
    return {
      items,
      nextCursor: rows.length > filter.limit ? encodeCursor(items[items.length - 1].id) : null,
    };
  }

  /** The entry, locked for the transaction that resolves it (two admins cannot both replay it). */
  async lock(tx: Tx, id: string): Promise<DeadLetter | null> {
    const rows: Row[] = await tx.query('SELECT * FROM dead_letters WHERE id = ? FOR UPDATE', [id]);
    return rows[0] ? toDeadLetter(rows[0]) : null;
  }

  async resolve(tx: Tx, id: string, status: 'replayed' | 'discarded', by: string | null): Promise<void> {
    await tx.query('UPDATE dead_letters SET status = ?, resolved_at = ?, resolved_by = ? WHERE id = ?', [
      status,
      new Date(),
      by,
      id,
    ]);
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.transaction('READ COMMITTED', work);
  }

  async countParked(): Promise<number> {
    const [row]: { n: string | number }[] = await this.db.query(
      "SELECT COUNT(*) AS n FROM dead_letters WHERE status = 'parked'",
    );
    return Number(row?.n ?? 0);
  }
}
