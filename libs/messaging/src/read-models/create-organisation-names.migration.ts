import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The copy of the partners directory (names, kinds, status) a service keeps, fed by partners' events. */
export class CreateOrganisationNames1796000000100 implements MigrationInterface {
  name = 'CreateOrganisationNames1796000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisation_names (
        id CHAR(36) NOT NULL,
        name VARCHAR(200) NOT NULL,
        kind VARCHAR(40) NOT NULL,
        district VARCHAR(100) NULL,
        status VARCHAR(12) NOT NULL,
        version INT UNSIGNED NOT NULL,
        changed_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_organisation_names_name (name)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE organisation_names');
  }
}
