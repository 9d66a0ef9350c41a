import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInvitations1764100000300 implements MigrationInterface {
  name = 'CreateInvitations1764100000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE invitations (
        id CHAR(36) NOT NULL,
        token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
        email VARCHAR(254) NULL,
        mobile VARCHAR(11) NULL,
        display_name VARCHAR(100) NOT NULL,
        role VARCHAR(20) NOT NULL,
        organisation_id CHAR(36) NULL,
        volunteer_id CHAR(36) NULL,
        invited_by CHAR(36) NULL,
        expires_at DATETIME(3) NOT NULL,
        accepted_at DATETIME(3) NULL,
        account_id CHAR(36) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_invitations_token_hash (token_hash),
        KEY ix_invitations_email (email),
        KEY ix_invitations_mobile (mobile),
        CONSTRAINT ck_invitations_contact CHECK (email IS NOT NULL OR mobile IS NOT NULL)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE invitations');
  }
}
