import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisations1764000000000 implements MigrationInterface {
  name = 'CreateOrganisations1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisations (
        id CHAR(36) NOT NULL,
        name VARCHAR(200) NOT NULL,
        kind VARCHAR(40) NOT NULL,
        district VARCHAR(100) NULL,
        address VARCHAR(300) NULL,
        contact_name VARCHAR(100) NULL,
        contact_phone VARCHAR(20) NULL,
        contact_email VARCHAR(254) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_organisations_name (name),
        KEY ix_organisations_kind (kind)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE organisations');
  }
}
