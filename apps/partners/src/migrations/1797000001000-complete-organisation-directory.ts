import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory entry completed: the communities an organisation serves and the further people to
 * reach there (each a JSON array). Added empty for existing rows, then made NOT NULL, because MySQL 8
 * takes no literal default on a JSON column. District and status filters get their indexes.
 */
export class CompleteOrganisationDirectory1797000001000 implements MigrationInterface {
  name = 'CompleteOrganisationDirectory1797000001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE organisations
         ADD COLUMN communities JSON NULL AFTER address,
         ADD COLUMN contacts JSON NULL AFTER contact_email`,
    );
    await db.query(`UPDATE organisations SET communities = '[]', contacts = '[]'`);
    await db.query(
      `ALTER TABLE organisations
         MODIFY communities JSON NOT NULL,
         MODIFY contacts JSON NOT NULL,
         ADD KEY ix_organisations_district (district),
         ADD KEY ix_organisations_status (status)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE organisations
         DROP KEY ix_organisations_status,
         DROP KEY ix_organisations_district,
         DROP COLUMN contacts,
         DROP COLUMN communities`,
    );
  }
}
