import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEnrolments1797000002200 implements MigrationInterface {
  name = 'CreateEnrolments1797000002200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE consents (
        id CHAR(36) NOT NULL,
        programme_id CHAR(36) NOT NULL,
        account_id CHAR(36) NOT NULL,
        participation_version VARCHAR(40) NOT NULL,
        data_processing_version VARCHAR(40) NOT NULL,
        given_at DATETIME(3) NOT NULL,
        recorded_by CHAR(36) NOT NULL,
        withdrawn_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        KEY ix_consents_member (programme_id, account_id),
        CONSTRAINT fk_consents_programme FOREIGN KEY (programme_id) REFERENCES programmes (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE enrolments (
        id CHAR(36) NOT NULL,
        programme_id CHAR(36) NOT NULL,
        account_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NULL,
        display_name VARCHAR(100) NOT NULL,
        application_id CHAR(36) NOT NULL,
        consent_id CHAR(36) NOT NULL,
        status VARCHAR(20) NOT NULL,
        enrolled_at DATETIME(3) NOT NULL,
        withdrawn_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        UNIQUE KEY ux_enrolments_member (programme_id, account_id),
        CONSTRAINT fk_enrolments_programme FOREIGN KEY (programme_id) REFERENCES programmes (id),
        CONSTRAINT fk_enrolments_application FOREIGN KEY (application_id) REFERENCES applications (id),
        CONSTRAINT fk_enrolments_consent FOREIGN KEY (consent_id) REFERENCES consents (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE attendance (
        session_id CHAR(36) NOT NULL,
        enrolment_id CHAR(36) NOT NULL,
        programme_id CHAR(36) NOT NULL,
        account_id CHAR(36) NOT NULL,
        status VARCHAR(20) NOT NULL,
        absence_reason VARCHAR(500) NULL,
        recorded_by CHAR(36) NOT NULL,
        recorded_at DATETIME(3) NOT NULL,
        PRIMARY KEY (session_id, enrolment_id),
        KEY ix_attendance_enrolment (enrolment_id),
        CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES programme_sessions (id),
        CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE attendance');
    await db.query('DROP TABLE enrolments');
    await db.query('DROP TABLE consents');
  }
}
