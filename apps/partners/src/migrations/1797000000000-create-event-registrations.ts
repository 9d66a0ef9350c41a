import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner event registrations and their history. Roles, occurrences and attachments are small bounded
 * lists (≤ 20, ≤ 60, ≤ 10) always read with their event, so they are JSON columns of it; the first
 * start and last end are columns of their own for the list's date filters.
 */
export class CreateEventRegistrations1797000000000 implements MigrationInterface {
  name = 'CreateEventRegistrations1797000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partner_events (
        id CHAR(36) NOT NULL,
        organisation_id CHAR(36) NOT NULL,
        project_id CHAR(36) NULL,
        title VARCHAR(200) NOT NULL,
        description TEXT NULL,
        kind VARCHAR(40) NOT NULL,
        community VARCHAR(100) NULL,
        venue_name VARCHAR(200) NOT NULL,
        venue_address VARCHAR(300) NULL,
        venue_latitude DECIMAL(9,6) NULL,
        venue_longitude DECIMAL(9,6) NULL,
        starts_at DATETIME(3) NOT NULL,
        ends_at DATETIME(3) NOT NULL,
        recurrence JSON NULL,
        occurrences JSON NOT NULL,
        first_starts_at DATETIME(3) NOT NULL,
        last_ends_at DATETIME(3) NOT NULL,
        roles JSON NOT NULL,
        contact_name VARCHAR(100) NULL,
        contact_phone VARCHAR(40) NULL,
        attachments JSON NOT NULL,
        status VARCHAR(20) NOT NULL,
        status_reason VARCHAR(500) NULL,
        version INT UNSIGNED NOT NULL DEFAULT 1,
        created_by CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        KEY ix_partner_events_organisation (organisation_id, id),
        KEY ix_partner_events_status (status, id),
        KEY ix_partner_events_starts (first_starts_at),
        CONSTRAINT fk_partner_events_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE partner_event_transitions (
        id CHAR(36) NOT NULL,
        event_id CHAR(36) NOT NULL,
        action VARCHAR(20) NOT NULL,
        from_status VARCHAR(20) NULL,
        to_status VARCHAR(20) NOT NULL,
        by_account CHAR(36) NOT NULL,
        by_name VARCHAR(100) NOT NULL,
        by_role VARCHAR(20) NOT NULL,
        comment VARCHAR(2000) NULL,
        version INT UNSIGNED NOT NULL,
        at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_partner_event_transitions_event (event_id, id),
        CONSTRAINT fk_partner_event_transitions_event FOREIGN KEY (event_id) REFERENCES partner_events (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE partner_event_transitions');
    await db.query('DROP TABLE partner_events');
  }
}
