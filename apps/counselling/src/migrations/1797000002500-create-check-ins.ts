import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCheckIns1797000002500 implements MigrationInterface {
  name = 'CreateCheckIns1797000002500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE goals (
        enrolment_id CHAR(36) NOT NULL,
        programme_id CHAR(36) NOT NULL,
        account_id CHAR(36) NOT NULL,
        quit_date DATE NOT NULL,
        target_cigarettes_per_day SMALLINT UNSIGNED NOT NULL,
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (enrolment_id),
        CONSTRAINT fk_goals_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE check_ins (
        id CHAR(36) NOT NULL,
        enrolment_id CHAR(36) NOT NULL,
        programme_id CHAR(36) NOT NULL,
        account_id CHAR(36) NOT NULL,
        local_date DATE NOT NULL,
        cigarettes SMALLINT UNSIGNED NOT NULL,
        craving TINYINT UNSIGNED NOT NULL,
        mood VARCHAR(20) NOT NULL,
        lapse TINYINT(1) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY ux_check_ins_day (enrolment_id, local_date),
        CONSTRAINT fk_check_ins_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments (id),
        CONSTRAINT ck_check_ins_craving CHECK (craving <= 10)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE check_ins');
    await db.query('DROP TABLE goals');
  }
}
