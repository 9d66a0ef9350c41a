import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOutcomeMeasures1797000002700 implements MigrationInterface {
  name = 'CreateOutcomeMeasures1797000002700';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outcome_measures (
        id CHAR(36) NOT NULL,
        programme_id CHAR(36) NOT NULL,
        enrolment_id CHAR(36) NOT NULL,
        account_id CHAR(36) NOT NULL,
        instrument VARCHAR(60) NOT NULL,
        phase VARCHAR(10) NOT NULL,
        score DECIMAL(7,2) NOT NULL,
        lower_is_better TINYINT(1) NOT NULL,
        recorded_by CHAR(36) NOT NULL,
        recorded_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY ux_outcome_measures (enrolment_id, instrument, phase),
        KEY ix_outcome_measures_programme (programme_id, instrument),
        CONSTRAINT fk_outcome_measures_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE outcome_measures');
  }
}
