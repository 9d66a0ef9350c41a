import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Screening sessions (a morning at a community centre, with the screener roles it needs, which
 * volunteers turns into shifts), and the two read models fed by volunteers' events: each session shift's
 * staffing (newest count kept) and who is confirmed on a session (session_screeners, which the
 * screener access rule reads). Residents registered at a session, and results entered there, name it.
 */
export class CreateScreeningSessions1797000005000 implements MigrationInterface {
  name = 'CreateScreeningSessions1797000005000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE screening_sessions (
        id CHAR(36) NOT NULL,
        campaign_id CHAR(36) NOT NULL,
        community VARCHAR(100) NOT NULL,
        venue_name VARCHAR(200) NOT NULL,
        venue_address VARCHAR(300) NOT NULL,
        latitude DECIMAL(9,6) NULL,
        longitude DECIMAL(9,6) NULL,
        starts_at DATETIME(3) NOT NULL,
        ends_at DATETIME(3) NOT NULL,
        roles JSON NOT NULL,
        status VARCHAR(20) NOT NULL,
        status_reason VARCHAR(500) NULL,
        version INT UNSIGNED NOT NULL,
        created_by CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        KEY ix_screening_sessions_campaign (campaign_id, starts_at),
        CONSTRAINT fk_screening_sessions_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE session_shift_staffing (
        shift_id CHAR(36) NOT NULL,
        session_id CHAR(36) NOT NULL,
        capacity INT UNSIGNED NOT NULL,
        confirmed INT UNSIGNED NOT NULL,
        waitlisted INT UNSIGNED NOT NULL,
        pending INT UNSIGNED NOT NULL,
        starts_at DATETIME(3) NOT NULL,
        counted_at DATETIME(3) NOT NULL,
        PRIMARY KEY (shift_id),
        KEY ix_session_shift_staffing_session (session_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE session_screeners (
        session_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        shift_id CHAR(36) NOT NULL,
        status VARCHAR(20) NOT NULL,
        changed_at DATETIME(3) NOT NULL,
        PRIMARY KEY (session_id, volunteer_id, shift_id),
        KEY ix_session_screeners_volunteer (volunteer_id, status)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      ALTER TABLE residents
        ADD COLUMN session_id CHAR(36) NULL AFTER campaign_id,
        ADD KEY ix_residents_session (session_id),
        ADD CONSTRAINT fk_residents_session FOREIGN KEY (session_id) REFERENCES screening_sessions (id)`);
    await db.query('ALTER TABLE screening_results ADD KEY ix_screening_results_session (session_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE screening_results DROP KEY ix_screening_results_session');
    await db.query(
      'ALTER TABLE residents DROP FOREIGN KEY fk_residents_session, DROP KEY ix_residents_session, DROP COLUMN session_id',
    );
    await db.query('DROP TABLE session_screeners');
    await db.query('DROP TABLE session_shift_staffing');
    await db.query('DROP TABLE screening_sessions');
  }
}
