import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staffing of partner events' shifts, as volunteers publishes it (volunteers.shift.staffing-changed.v1):
 * one row per shift, the newest count wins. role_key and occurrence_key are for when the volunteers side
 * says which role and occurrence a shift is (the event carries neither yet).
 */
export class CreateEventStaffing1797000000100 implements MigrationInterface {
  name = 'CreateEventStaffing1797000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partner_event_staffing (
        shift_id CHAR(36) NOT NULL,
        event_id CHAR(36) NOT NULL,
        role_key VARCHAR(24) NULL,
        occurrence_key VARCHAR(24) NULL,
        capacity INT UNSIGNED NOT NULL,
        confirmed INT UNSIGNED NOT NULL,
        waitlisted INT UNSIGNED NOT NULL,
        pending INT UNSIGNED NOT NULL,
        starts_at DATETIME(3) NOT NULL,
        counted_at DATETIME(3) NOT NULL,
        PRIMARY KEY (shift_id),
        KEY ix_partner_event_staffing_event (event_id, starts_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE partner_event_staffing');
  }
}
