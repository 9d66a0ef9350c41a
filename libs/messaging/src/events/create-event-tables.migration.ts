import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event tables every service keeps in its own database:
 * - `outbox`: events written in the same transaction as the change; the relay publishes them in `seq`
 *   order and marks them published (pruned after a while).
 * - `inbox`: the events a consumer has applied, written in the same transaction as the effect, so a
 *   redelivered event has no second effect.
 * - `dead_letters`: events a consumer gave up on (after N deliveries, or at once when invalid), for an
 *   admin to replay or discard.
 */
export class CreateEventTables1764000000600 implements MigrationInterface {
  name = 'CreateEventTables1764000000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox (
        seq BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        id CHAR(36) NOT NULL,
        subject VARCHAR(200) NOT NULL,
        envelope LONGTEXT NOT NULL,
        created_at DATETIME(3) NOT NULL,
        published_at DATETIME(3) NULL,
        attempts INT NOT NULL DEFAULT 0,
        next_attempt_at DATETIME(3) NOT NULL,
        last_error VARCHAR(500) NULL,
        PRIMARY KEY (seq),
        UNIQUE KEY uq_outbox_id (id),
        KEY ix_outbox_pending (published_at, next_attempt_at, seq)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE inbox (
        consumer VARCHAR(100) NOT NULL,
        event_id CHAR(36) NOT NULL,
        subject VARCHAR(200) NOT NULL,
        processed_at DATETIME(3) NOT NULL,
        PRIMARY KEY (consumer, event_id),
        KEY ix_inbox_processed (processed_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE dead_letters (
        id CHAR(36) NOT NULL,
        consumer VARCHAR(100) NOT NULL,
        event_id CHAR(36) NULL,
        subject VARCHAR(200) NOT NULL,
        envelope LONGTEXT NOT NULL,
        error TEXT NOT NULL,
        deliveries INT NOT NULL,
        status VARCHAR(12) NOT NULL,
        parked_at DATETIME(3) NOT NULL,
        resolved_at DATETIME(3) NULL,
        resolved_by CHAR(36) NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_dead_letters_event (consumer, event_id),
        KEY ix_dead_letters_status (status, id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE dead_letters');
    await db.query('DROP TABLE inbox');
    await db.query('DROP TABLE outbox');
  }
}
