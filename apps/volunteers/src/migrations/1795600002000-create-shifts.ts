import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shifts. `seats_taken` (confirmed sign-ups plus outstanding waitlist offers) is kept beside `capacity`
 * and only ever changed under the shift's row lock; the CHECK makes overbooking impossible even for a
 * statement that forgot the rule. `waitlist_counter` hands out waitlist tickets under the same lock, so
 * the waitlist order has no gaps and no ties. `starts_on`/`ends_on` are the local (Asia/Shanghai) dates
 * the shift covers, stored so date filters and certificate validity need no time-zone arithmetic in SQL.
 */
export class CreateShifts1795600002000 implements MigrationInterface {
  name = 'CreateShifts1795600002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE shifts (
        id CHAR(36) NOT NULL,
        title VARCHAR(200) NOT NULL,
        description TEXT NULL,
        venue VARCHAR(200) NOT NULL,
        address VARCHAR(300) NULL,
        latitude DECIMAL(9,6) NULL,
        longitude DECIMAL(9,6) NULL,
        starts_at DATETIME(3) NOT NULL,
        ends_at DATETIME(3) NOT NULL,
        starts_on DATE NOT NULL,
        ends_on DATE NOT NULL,
        capacity INT UNSIGNED NOT NULL,
        seats_taken INT UNSIGNED NOT NULL DEFAULT 0,
        waitlist_counter INT UNSIGNED NOT NULL DEFAULT 0,
        required_skills JSON NOT NULL,
        required_certifications JSON NOT NULL,
        team_id CHAR(36) NULL,
        opens_at DATETIME(3) NULL,
        closes_at DATETIME(3) NULL,
        signup_mode VARCHAR(10) NOT NULL,
        waitlist_promotion VARCHAR(10) NOT NULL,
        offer_claim_minutes INT UNSIGNED NOT NULL,
        cancellation_cutoff_hours INT UNSIGNED NOT NULL,
        status VARCHAR(12) NOT NULL,
        cancel_reason VARCHAR(500) NULL,
        source_type VARCHAR(30) NOT NULL,
        source_id VARCHAR(64) NULL,
        created_by CHAR(36) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        KEY ix_shifts_starts (starts_at),
        KEY ix_shifts_team (team_id, starts_at),
        KEY ix_shifts_source (source_type, source_id),
        CONSTRAINT ck_shifts_capacity CHECK (capacity >= 1 AND seats_taken <= capacity),
        CONSTRAINT ck_shifts_times CHECK (ends_at > starts_at),
        CONSTRAINT fk_shifts_team FOREIGN KEY (team_id) REFERENCES teams (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE shifts');
  }
}
