import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attendance: one row per volunteer and shift (check-in, check-out, how each was taken, the location
 * flag, no-shows), the leaders who ran a shift's check-in, and the service's own generated secrets
 * (the QR secret when none is configured, shared by every replica through the database).
 */
export class CreateAttendance1795600005000 implements MigrationInterface {
  name = 'CreateAttendance1795600005000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE attendance (
        id CHAR(36) NOT NULL,
        shift_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        signup_id CHAR(36) NOT NULL,
        status VARCHAR(12) NOT NULL,
        checked_in_at DATETIME(3) NULL,
        checked_out_at DATETIME(3) NULL,
        check_in_method VARCHAR(10) NULL,
        check_out_method VARCHAR(10) NULL,
        check_in_distance_m INT UNSIGNED NULL,
        check_out_distance_m INT UNSIGNED NULL,
        far_from_venue TINYINT(1) NOT NULL DEFAULT 0,
        missing_check_out_at DATETIME(3) NULL,
        recorded_by CHAR(36) NULL,
        reason VARCHAR(500) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_attendance_shift_volunteer (shift_id, volunteer_id),
        KEY ix_attendance_volunteer (volunteer_id),
        KEY ix_attendance_open (checked_out_at, checked_in_at),
        CONSTRAINT chk_attendance_status CHECK (status IN ('attended', 'no_show')),
        CONSTRAINT chk_attendance_order CHECK (checked_out_at IS NULL OR checked_out_at > checked_in_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE shift_leads (
        shift_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (shift_id, volunteer_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE service_secrets (
        name VARCHAR(40) NOT NULL,
        value VARBINARY(64) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (name)
      ) ENGINE=InnoDB`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE service_secrets');
    await db.query('DROP TABLE shift_leads');
    await db.query('DROP TABLE attendance');
  }
}
