import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Members of partner organisations: their role within it and their standing, linked to identity's accounts. */
export class CreateOrganisationMembers1797000001300 implements MigrationInterface {
  name = 'CreateOrganisationMembers1797000001300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisation_members (
        id CHAR(36) NOT NULL,
        organisation_id CHAR(36) NOT NULL,
        account_id CHAR(36) NULL,
        email VARCHAR(254) NOT NULL,
        display_name VARCHAR(100) NOT NULL,
        role VARCHAR(12) NOT NULL,
        status VARCHAR(12) NOT NULL,
        invitation_id CHAR(36) NULL,
        invited_by CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_organisation_members_email (organisation_id, email),
        UNIQUE KEY uq_organisation_members_account (account_id),
        CONSTRAINT fk_organisation_members_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE organisation_members');
  }
}
