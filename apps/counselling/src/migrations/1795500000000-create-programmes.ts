import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProgrammes1795500000000 implements MigrationInterface {
  name = 'CreateProgrammes1795500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE programmes (
        id CHAR(36) NOT NULL,
        title VARCHAR(200) NOT NULL,
        kind VARCHAR(40) NOT NULL,
        description VARCHAR(2000) NULL,
        capacity SMALLINT UNSIGNED NOT NULL,
        starts_on DATE NOT NULL,
        ends_on DATE NOT NULL,
        confidential TINYINT(1) NOT NULL,
        status VARCHAR(20) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        KEY ix_programmes_kind (kind),
        KEY ix_programmes_status (status),
        CONSTRAINT ck_programmes_dates CHECK (ends_on >= starts_on)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE programmes');
  }
}
