import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIntake1797000002100 implements MigrationInterface {
  name = 'CreateIntake1797000002100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE intake_surveys (
        programme_id CHAR(36) NOT NULL,
        definition JSON NOT NULL,
        eligibility JSON NOT NULL,
        published_at DATETIME(3) NULL,
        version INT UNSIGNED NOT NULL,
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (programme_id),
        CONSTRAINT fk_intake_surveys_programme FOREIGN KEY (programme_id) REFERENCES programmes (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE applications (
        id CHAR(36) NOT NULL,
        programme_id CHAR(36) NOT NULL,
        account_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NULL,
        display_name VARCHAR(100) NOT NULL,
        answers JSON NOT NULL,
        score SMALLINT NULL,
        band VARCHAR(60) NULL,
        eligible TINYINT(1) NOT NULL,
        unmet JSON NOT NULL,
        survey_version INT UNSIGNED NOT NULL,
        status VARCHAR(20) NOT NULL,
        decision_reason VARCHAR(500) NULL,
        decided_by CHAR(36) NULL,
        decided_at DATETIME(3) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY ux_applications_member (programme_id, account_id),
        KEY ix_applications_status (status),
        CONSTRAINT fk_applications_programme FOREIGN KEY (programme_id) REFERENCES programmes (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE applications');
    await db.query('DROP TABLE intake_surveys');
  }
}
