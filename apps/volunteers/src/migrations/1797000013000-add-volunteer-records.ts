import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13's records: the national unified volunteer number on profiles (unique when set) and on the
 * certificates issued after it was given (a snapshot, like the student number); hand-over batches to
 * the national system, with the records each handed over (a record's primary key there is what keeps
 * it from being handed over twice); activity insurance per shift and the volunteers on the list sent
 * to the insurer.
 */
export class AddVolunteerRecords1797000013000 implements MigrationInterface {
  name = 'AddVolunteerRecords1797000013000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE volunteers ADD COLUMN national_volunteer_number VARCHAR(32) NULL AFTER student_number,
         ADD UNIQUE INDEX uq_volunteers_national_number (national_volunteer_number)`,
    );
    await db.query(
      'ALTER TABLE certificates ADD COLUMN national_volunteer_number VARCHAR(32) NULL AFTER student_number',
    );
    await db.query(`
      CREATE TABLE handover_sequences (
        year SMALLINT UNSIGNED NOT NULL,
        last_value INT UNSIGNED NOT NULL,
        PRIMARY KEY (year)
      ) ENGINE=InnoDB`);
    await db.query(`
      CREATE TABLE handover_batches (
        id CHAR(36) NOT NULL,
        number VARCHAR(20) NOT NULL,
        period_from DATE NOT NULL,
        period_to DATE NOT NULL,
        record_count INT UNSIGNED NOT NULL,
        total_hours DECIMAL(11,2) NOT NULL,
        created_by CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_handover_batches_number (number),
        KEY ix_handover_batches_created (created_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE handover_records (
        hours_record_id CHAR(36) NOT NULL,
        batch_id CHAR(36) NOT NULL,
        position INT UNSIGNED NOT NULL,
        row_data JSON NOT NULL,
        PRIMARY KEY (hours_record_id),
        KEY ix_handover_records_batch (batch_id, position)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE shift_insurance (
        shift_id CHAR(36) NOT NULL,
        insurer VARCHAR(100) NULL,
        policy_number VARCHAR(64) NULL,
        covers_from DATE NULL,
        covers_to DATE NULL,
        list_sent_at DATETIME(3) NULL,
        list_sent_by CHAR(36) NULL,
        updated_by CHAR(36) NOT NULL,
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (shift_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE shift_insured (
        shift_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        sent_at DATETIME(3) NOT NULL,
        PRIMARY KEY (shift_id, volunteer_id)
      ) ENGINE=InnoDB`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE shift_insured');
    await db.query('DROP TABLE shift_insurance');
    await db.query('DROP TABLE handover_records');
    await db.query('DROP TABLE handover_batches');
    await db.query('DROP TABLE handover_sequences');
    await db.query('ALTER TABLE certificates DROP COLUMN national_volunteer_number');
    await db.query('ALTER TABLE volunteers DROP INDEX uq_volunteers_national_number');
    await db.query('ALTER TABLE volunteers DROP COLUMN national_volunteer_number');
  }
}
