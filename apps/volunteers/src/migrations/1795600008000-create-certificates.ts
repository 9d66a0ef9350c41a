import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The certificate register: numbered per year from a counter row taken under a lock (no gaps, no
 * duplicates), with the snapshot of what each certificate certifies, and its revocation.
 */
export class CreateCertificates1795600008000 implements MigrationInterface {
  name = 'CreateCertificates1795600008000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE certificate_sequences (
        year SMALLINT UNSIGNED NOT NULL,
        last_value INT UNSIGNED NOT NULL,
        PRIMARY KEY (year)
      ) ENGINE=InnoDB`);
    await db.query(`
      CREATE TABLE certificates (
        id CHAR(36) NOT NULL,
        number VARCHAR(20) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        volunteer_name VARCHAR(100) NOT NULL,
        student_number VARCHAR(32) NOT NULL,
        total_hours DECIMAL(9,2) NOT NULL,
        services JSON NOT NULL,
        issuer_organisation VARCHAR(200) NOT NULL,
        issued_on DATE NOT NULL,
        issued_at DATETIME(3) NOT NULL,
        issued_by CHAR(36) NOT NULL,
        revoked_at DATETIME(3) NULL,
        revoked_by CHAR(36) NULL,
        revoke_reason VARCHAR(500) NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_certificates_number (number),
        KEY ix_certificates_volunteer (volunteer_id, issued_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE certificates');
    await db.query('DROP TABLE certificate_sequences');
  }
}
