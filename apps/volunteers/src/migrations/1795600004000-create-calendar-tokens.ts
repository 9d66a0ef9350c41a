import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One calendar feed token per volunteer, kept only as a SHA-256 hash: the URL is the secret. */
export class CreateCalendarTokens1795600004000 implements MigrationInterface {
  name = 'CreateCalendarTokens1795600004000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE calendar_tokens (
        volunteer_id CHAR(36) NOT NULL,
        token_hash CHAR(64) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (volunteer_id),
        UNIQUE KEY uq_calendar_tokens_hash (token_hash),
        CONSTRAINT fk_calendar_tokens_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteers (id) ON DELETE CASCADE
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE calendar_tokens');
  }
}
