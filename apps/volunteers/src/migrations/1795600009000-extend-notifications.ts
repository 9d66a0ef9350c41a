import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications become readable (read_at) and deliverable (a claim that expires, so one replica sends
 * each at a time); shift_reminders holds one row per sign-up whose 24-hour reminder was claimed — its
 * primary key is what makes the reminder go out once with several replicas sweeping.
 */
export class ExtendNotifications1795600009000 implements MigrationInterface {
  name = 'ExtendNotifications1795600009000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notifications
        ADD COLUMN details JSON NULL,
        ADD COLUMN read_at DATETIME(3) NULL,
        ADD COLUMN delivered_at DATETIME(3) NULL,
        ADD COLUMN delivery_claimed_until DATETIME(3) NULL,
        ADD COLUMN delivery_attempts INT UNSIGNED NOT NULL DEFAULT 0,
        ADD KEY ix_notifications_undelivered (delivered_at, delivery_claimed_until)`);
    await db.query(`
      CREATE TABLE shift_reminders (
        signup_id CHAR(36) NOT NULL,
        shift_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        claimed_at DATETIME(3) NOT NULL,
        PRIMARY KEY (signup_id)
      ) ENGINE=InnoDB`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE shift_reminders');
    await db.query(`
      ALTER TABLE notifications DROP KEY ix_notifications_undelivered, DROP COLUMN delivery_attempts,
        DROP COLUMN delivery_claimed_until, DROP COLUMN delivered_at, DROP COLUMN read_at, DROP COLUMN details`);
  }
}
