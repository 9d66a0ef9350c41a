import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Service hours: one record per attendance with who recorded and who verified it, its hours split by
 * local date (the 8-hour daily limit is checked against every record of the day), and the adjustments
 * with their reasons and previous values.
 */
export class CreateHours1795600006000 implements MigrationInterface {
  name = 'CreateHours1795600006000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE hours_records (
        id CHAR(36) NOT NULL,
        attendance_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        shift_id CHAR(36) NOT NULL,
        team_id CHAR(36) NULL,
        service_date DATE NOT NULL,
        hours DECIMAL(5,2) NOT NULL,
        computed_hours DECIMAL(5,2) NOT NULL,
        trimmed_hours DECIMAL(5,2) NOT NULL,
        travel_minutes INT UNSIGNED NOT NULL,
        status VARCHAR(10) NOT NULL,
        recorded_by CHAR(36) NULL,
        recorded_at DATETIME(3) NOT NULL,
        verified_by CHAR(36) NULL,
        verified_at DATETIME(3) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_hours_attendance (attendance_id),
        KEY ix_hours_volunteer (volunteer_id, service_date),
        KEY ix_hours_status_date (status, service_date),
        CONSTRAINT chk_hours_status CHECK (status IN ('recorded', 'verified'))
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE hours_record_days (
        record_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        service_date DATE NOT NULL,
        hours DECIMAL(5,2) NOT NULL,
        PRIMARY KEY (record_id, service_date),
        KEY ix_hours_days_volunteer (volunteer_id, service_date)
      ) ENGINE=InnoDB`);
    await db.query(`
      CREATE TABLE hours_adjustments (
        id CHAR(36) NOT NULL,
        record_id CHAR(36) NOT NULL,
        previous_hours DECIMAL(5,2) NOT NULL,
        hours DECIMAL(5,2) NOT NULL,
        reason VARCHAR(500) NOT NULL,
        adjusted_by CHAR(36) NOT NULL,
        adjusted_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_hours_adjustments_record (record_id, adjusted_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE hours_adjustments');
    await db.query('DROP TABLE hours_record_days');
    await db.query('DROP TABLE hours_records');
  }
}
