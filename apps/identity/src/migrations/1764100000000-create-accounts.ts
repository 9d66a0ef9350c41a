import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1764100000000 implements MigrationInterface {
  name = 'CreateAccounts1764100000000';

  async up(db: QueryRunner): Promise<void> {
    // A unique index admits any number of NULLs, so "unique when present" needs nothing more.
    await db.query(`
      CREATE TABLE accounts (
        id CHAR(36) NOT NULL,
        email VARCHAR(254) NULL,
        mobile VARCHAR(11) NULL,
        display_name VARCHAR(100) NOT NULL,
        roles VARCHAR(100) NOT NULL,
        organisation_id CHAR(36) NULL,
        volunteer_id CHAR(36) NULL,
        active TINYINT(1) NOT NULL DEFAULT 1,
        password_hash VARCHAR(255) NOT NULL,
        last_login_at DATETIME(3) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_accounts_email (email),
        UNIQUE KEY uq_accounts_mobile (mobile),
        KEY ix_accounts_organisation (organisation_id),
        KEY ix_accounts_volunteer (volunteer_id),
        CONSTRAINT ck_accounts_contact CHECK (email IS NOT NULL OR mobile IS NOT NULL)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE accounts');
  }
}
