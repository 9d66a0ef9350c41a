import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Residents and their consents. The ID number, phone, address and informant's phone are stored only
 * encrypted (`*_enc`); duplicates in a campaign are refused by unique indexes on blind indexes
 * (`*_hash`, HMAC-SHA256), never by comparing decrypted values. MariaDB lets several rows have no ID
 * number (NULL) under the unique index.
 */
export class CreateResidents1797000004100 implements MigrationInterface {
  name = 'CreateResidents1797000004100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE residents (
        id CHAR(36) NOT NULL,
        campaign_id CHAR(36) NOT NULL,
        name VARCHAR(50) NOT NULL,
        sex VARCHAR(6) NOT NULL,
        birth_date DATE NOT NULL,
        community VARCHAR(100) NOT NULL,
        education_level VARCHAR(20) NULL,
        education_years TINYINT UNSIGNED NULL,
        id_number_enc VARCHAR(255) NULL,
        id_number_hash CHAR(64) NULL,
        person_hash CHAR(64) NOT NULL,
        phone_enc VARCHAR(255) NULL,
        address_enc TEXT NULL,
        informant_name VARCHAR(50) NULL,
        informant_relation VARCHAR(20) NULL,
        informant_phone_enc VARCHAR(255) NULL,
        registered_by CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_residents_campaign_id_number (campaign_id, id_number_hash),
        UNIQUE KEY uq_residents_campaign_person (campaign_id, person_hash),
        KEY ix_residents_campaign_community (campaign_id, community),
        CONSTRAINT fk_residents_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE resident_consents (
        id CHAR(36) NOT NULL,
        resident_id CHAR(36) NOT NULL,
        kind VARCHAR(20) NOT NULL,
        granted TINYINT(1) NOT NULL,
        text_version VARCHAR(40) NOT NULL,
        taken_by CHAR(36) NOT NULL,
        taken_at DATETIME(3) NOT NULL,
        recorded_at DATETIME(3) NOT NULL,
        withdrawn_at DATETIME(3) NULL,
        withdrawn_by CHAR(36) NULL,
        withdrawal_reason VARCHAR(500) NULL,
        PRIMARY KEY (id),
        KEY ix_resident_consents_resident (resident_id, recorded_at),
        CONSTRAINT fk_resident_consents_resident FOREIGN KEY (resident_id) REFERENCES residents (id) ON DELETE CASCADE
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE resident_consents');
    await db.query('DROP TABLE residents');
  }
}
