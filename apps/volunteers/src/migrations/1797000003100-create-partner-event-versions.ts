import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partner events volunteers has made shifts of: the version last applied (a copy with a version not
 * above it changes nothing, whatever order copies arrive in), the organisation the event belongs to (a
 * certification of hours must come from it) and when it was cancelled. Fed only by partners' events.
 */
export class CreatePartnerEventVersions1797000003100 implements MigrationInterface {
  name = 'CreatePartnerEventVersions1797000003100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partner_event_versions (
        event_id CHAR(36) NOT NULL,
        organisation_id CHAR(36) NOT NULL,
        organisation_name VARCHAR(200) NOT NULL,
        version INT UNSIGNED NOT NULL,
        cancelled_at DATETIME(3) NULL,
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (event_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE partner_event_versions');
  }
}
