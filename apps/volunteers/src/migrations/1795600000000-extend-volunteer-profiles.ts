import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Weekly availability and an emergency contact on the profile; certifications and consents in tables of
 * their own, because both have a history: a certificate is renewed (a new row with new dates), and a
 * consent is given again for each new version of the privacy policy.
 */
export class ExtendVolunteerProfiles1795600000000 implements MigrationInterface {
  name = 'ExtendVolunteerProfiles1795600000000';

  async up(db: QueryRunner): Promise<void> {
    // Added nullable, filled, then made NOT NULL: a literal default for JSON is not portable between
    // MySQL 8 and MariaDB.
    await db.query(`
      ALTER TABLE volunteers
        ADD COLUMN availability JSON NULL AFTER skills,
        ADD COLUMN emergency_contact_name VARCHAR(50) NULL AFTER availability,
        ADD COLUMN emergency_contact_phone VARCHAR(20) NULL AFTER emergency_contact_name`);
    await db.query('UPDATE volunteers SET availability = JSON_ARRAY()');
    await db.query('ALTER TABLE volunteers MODIFY availability JSON NOT NULL');

    await db.query(`
      CREATE TABLE volunteer_certifications (
        id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        name VARCHAR(60) NOT NULL,
        issued_on DATE NOT NULL,
        expires_on DATE NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        KEY ix_volunteer_certifications_volunteer (volunteer_id, name),
        KEY ix_volunteer_certifications_name (name, expires_on),
        CONSTRAINT ck_volunteer_certifications_dates CHECK (expires_on IS NULL OR expires_on >= issued_on),
        CONSTRAINT fk_volunteer_certifications_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteers (id) ON DELETE CASCADE
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);

    await db.query(`
      CREATE TABLE volunteer_consents (
        id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        policy_version VARCHAR(20) NOT NULL,
        given_at DATETIME(3) NOT NULL,
        recorded_by CHAR(36) NULL,
        by_self TINYINT(1) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_volunteer_consents_volunteer (volunteer_id, given_at),
        CONSTRAINT fk_volunteer_consents_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteers (id) ON DELETE CASCADE
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE volunteer_consents');
    await db.query('DROP TABLE volunteer_certifications');
    await db.query(`
      ALTER TABLE volunteers
        DROP COLUMN emergency_contact_phone,
        DROP COLUMN emergency_contact_name,
        DROP COLUMN availability`);
  }
}
