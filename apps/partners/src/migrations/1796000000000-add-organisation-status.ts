import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations can be suspended (they stay in the directory and in history, but take no new work), and
 * carry a version that every change increments, so the copies other services keep apply changes in order.
 */
export class AddOrganisationStatus1796000000000 implements MigrationInterface {
  name = 'AddOrganisationStatus1796000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE organisations
         ADD COLUMN status VARCHAR(12) NOT NULL DEFAULT 'active' AFTER district,
         ADD COLUMN version INT UNSIGNED NOT NULL DEFAULT 1 AFTER status`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE organisations DROP COLUMN version, DROP COLUMN status');
  }
}
