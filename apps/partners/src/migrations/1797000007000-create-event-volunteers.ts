import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who is coming to partner events' shifts, as volunteers publishes it
 * (volunteers.assignment.confirmed.v1 / cancelled.v1): one row per shift and volunteer, the newest change
 * wins. The name is volunteers' (null for events published before they carried it).
 */
export class CreateEventVolunteers1797000007000 implements MigrationInterface {
  name = 'CreateEventVolunteers1797000007000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partner_event_volunteers (
        shift_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        event_id CHAR(36) NOT NULL,
        name VARCHAR(100) NULL,
        status VARCHAR(12) NOT NULL,
        changed_at DATETIME(3) NOT NULL,
        PRIMARY KEY (shift_id, volunteer_id),
        KEY ix_partner_event_volunteers_event (event_id, changed_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE partner_event_volunteers');
  }
}
