import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Volunteers' hours at partner events' shifts (volunteers.hours.recorded.v1, newest version wins) and the
 * partner's certification of each: confirmed or disputed, by whom, when and why.
 */
export class CreateEventHours1797000000200 implements MigrationInterface {
  name = 'CreateEventHours1797000000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partner_event_hours (
        hours_record_id CHAR(36) NOT NULL,
        event_id CHAR(36) NOT NULL,
        shift_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        volunteer_name VARCHAR(100) NOT NULL,
        hours DECIMAL(6,2) NOT NULL,
        record_status VARCHAR(12) NOT NULL,
        checked_in_at DATETIME(3) NULL,
        checked_out_at DATETIME(3) NULL,
        version INT UNSIGNED NOT NULL,
        recorded_at DATETIME(3) NOT NULL,
        decision VARCHAR(12) NULL,
        decision_reason VARCHAR(500) NULL,
        certified_by CHAR(36) NULL,
        certified_at DATETIME(3) NULL,
        PRIMARY KEY (hours_record_id),
        KEY ix_partner_event_hours_event (event_id, recorded_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE partner_event_hours');
  }
}
