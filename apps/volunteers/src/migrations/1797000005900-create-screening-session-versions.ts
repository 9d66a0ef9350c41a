import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The screening sessions volunteers has made shifts of: the version last applied (a copy with a version
 * not above it changes nothing, whatever order copies arrive in), the campaign it belongs to and when it
 * was cancelled. Fed only by screening's session events.
 */
export class CreateScreeningSessionVersions1797000005900 implements MigrationInterface {
  name = 'CreateScreeningSessionVersions1797000005900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE screening_session_versions (
        session_id CHAR(36) NOT NULL,
        campaign_id CHAR(36) NULL,
        version INT UNSIGNED NOT NULL,
        cancelled_at DATETIME(3) NULL,
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (session_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE screening_session_versions');
  }
}
