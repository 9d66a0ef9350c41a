import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-ups (one row per shift and volunteer, reused when a volunteer signs up again after cancelling)
 * and the notifications they cause. Waitlist tickets are unique per shift and never reused.
 */
export class CreateSignups1795600003000 implements MigrationInterface {
  name = 'CreateSignups1795600003000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE shift_signups (
        id CHAR(36) NOT NULL,
        shift_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        status VARCHAR(12) NOT NULL,
        waitlist_ticket INT UNSIGNED NULL,
        offer_expires_at DATETIME(3) NULL,
        assigned_by CHAR(36) NULL,
        override_reason VARCHAR(500) NULL,
        decided_by CHAR(36) NULL,
        confirmed_at DATETIME(3) NULL,
        cancelled_at DATETIME(3) NULL,
        cancelled_by CHAR(36) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_shift_signups_shift_volunteer (shift_id, volunteer_id),
        UNIQUE KEY uq_shift_signups_ticket (shift_id, waitlist_ticket),
        KEY ix_shift_signups_shift_status (shift_id, status, waitlist_ticket),
        KEY ix_shift_signups_volunteer (volunteer_id, status),
        KEY ix_shift_signups_offers (status, offer_expires_at),
        CONSTRAINT fk_shift_signups_shift FOREIGN KEY (shift_id) REFERENCES shifts (id),
        CONSTRAINT fk_shift_signups_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteers (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);

    await db.query(`
      CREATE TABLE notifications (
        id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        kind VARCHAR(40) NOT NULL,
        shift_id CHAR(36) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        KEY ix_notifications_volunteer (volunteer_id, id),
        CONSTRAINT fk_notifications_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteers (id) ON DELETE CASCADE
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE notifications');
    await db.query('DROP TABLE shift_signups');
  }
}
