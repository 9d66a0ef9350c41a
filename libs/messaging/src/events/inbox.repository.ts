import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** The events a consumer has applied. A row is written in the same transaction as the effect. */
@Injectable()
export class InboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Records the event as applied by this consumer; false when it already was (a redelivery or a
   * duplicate), in which case the caller applies nothing. The primary key decides, so two replicas
   * racing on the same event cannot both win.
   */
  async recordOnce(tx: Tx, consumer: string, eventId: string, subject: string, now: Date): Promise<boolean> {
    // A duplicate key inserts nothing (0 rows) instead of failing the statement. Not ON DUPLICATE KEY
    // UPDATE: mysql2 connects with CLIENT_FOUND_ROWS, under which a row "updated" to its own values
    // counts as 1 affected, exactly like a fresh insert, so every redelivery would be applied again.
    const result: { affectedRows?: number } = await tx.query(
      'INSERT IGNORE INTO inbox (consumer, event_id, subject, processed_at) VALUES (?, ?, ?, ?)',
      [consumer, eventId, subject, now],
    );
    return result.affectedRows === 1;
  }

  /** Which of these events this consumer has applied already. */
  async applied(tx: Tx, consumer: string, eventIds: readonly string[]): Promise<Set<string>> {
    if (eventIds.length === 0) return new Set();
    const rows: { event_id: string }[] = await tx.query(
      'SELECT event_id FROM inbox WHERE consumer = ? AND event_id IN (?)',
      [consumer, [...eventIds]],
    );
    return new Set(rows.map((row) => row.event_id));
  }

  /**
   * Records events as applied, in one statement. It fails on a duplicate key when one of them is there
   * already (a copy published again, another replica that took it meanwhile); the caller then rolls
   * back and records them one by one with recordOnce.
   */
  async recordAll(
    tx: Tx,
    consumer: string,
    events: readonly { id: string; subject: string }[],
    now: Date,
  ): Promise<void> {
    if (events.length === 0) return;
    await tx.query('INSERT INTO inbox (consumer, event_id, subject, processed_at) VALUES ?', [
      events.map((event) => [consumer, event.id, event.subject, now]),
    ]);
  }

  async has(consumer: string, eventId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM inbox WHERE consumer = ? AND event_id = ?', [
      consumer,
      eventId,
    ]);
    return rows.length > 0;
  }

  async prune(before: Date, batch = 1000): Promise<number> {
    const result: { affectedRows?: number } = await this.db.query(
      'DELETE FROM inbox WHERE processed_at < ? LIMIT ?',
      [before, batch],
    );
    return result.affectedRows ?? 0;
  }
}
