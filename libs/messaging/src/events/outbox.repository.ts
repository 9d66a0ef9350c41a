import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface OutboxRow {
  seq: string;
  id: string;
  subject: string;
  envelope: string;
  attempts: number;
}

/** The outbox table: written in the producer's transactions, read and marked by the relay. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Rows in the order given (their seq follows it), in one statement. */
  async insertAll(
    tx: Tx,
    rows: readonly { id: string; subject: string; envelope: string; createdAt: Date }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO outbox (id, subject, envelope, created_at, next_attempt_at) VALUES ${rows.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
      rows.flatMap((row) => [row.id, row.subject, row.envelope, row.createdAt, row.createdAt]),
    );
  }

  /**
   * The oldest due rows, locked for this transaction. SKIP LOCKED lets several relays (replicas) work
   * side by side: each takes rows the others do not hold, and none waits for another.
   */
  async claimDue(tx: Tx, now: Date, limit: number): Promise<OutboxRow[]> {
    const rows: { seq: string | number; id: string; subject: string; envelope: string; attempts: number }[] =
      await tx.query(
        `SELECT seq, id, subject, envelope, attempts FROM outbox
          WHERE published_at IS NULL AND next_attempt_at <= ?
          ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED`,
        [now, limit],
      );
    return rows.map((r) => ({ ...r, seq: String(r.seq) }));
  }

  async markPublished(tx: Tx, seqs: string[], now: Date): Promise<void> {
    if (seqs.length === 0) return;
    await tx.query(`UPDATE outbox SET published_at = ?, last_error = NULL WHERE seq IN (?)`, [now, seqs]);
  }

  async markFailed(tx: Tx, row: OutboxRow, nextAttemptAt: Date, error: string): Promise<void> {
    await tx.query(
      'UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE seq = ?',
      [nextAttemptAt, error.slice(0, 500), row.seq],
    );
  }

  /** Deletes published rows older than the cut-off, a bounded batch at a time; returns how many. */
  async prunePublished(before: Date, batch = 1000): Promise<number> {
    const result: { affectedRows?: number } = await this.db.query(
      'DELETE FROM outbox WHERE published_at IS NOT NULL AND published_at < ? LIMIT ?',
      [before, batch],
    );
    return result.affectedRows ?? 0;
  }

  /** Rows not yet published: the producer side of the lag. */
  async pendingCount(): Promise<number> {
    const [row]: { n: string | number }[] = await this.db.query(
      'SELECT COUNT(*) AS n FROM outbox WHERE published_at IS NULL',
    );
    return Number(row?.n ?? 0);
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.transaction('READ COMMITTED', work);
  }
}
