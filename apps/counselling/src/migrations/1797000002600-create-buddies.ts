import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBuddies1797000002600 implements MigrationInterface {
  name = 'CreateBuddies1797000002600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE buddies (
        enrolment_id CHAR(36) NOT NULL,
        buddy_enrolment_id CHAR(36) NOT NULL,
        programme_id CHAR(36) NOT NULL,
        paired_by CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (enrolment_id),
        KEY ix_buddies_programme (programme_id),
        CONSTRAINT fk_buddies_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments (id),
        CONSTRAINT fk_buddies_buddy FOREIGN KEY (buddy_enrolment_id) REFERENCES enrolments (id),
        CONSTRAINT ck_buddies_other CHECK (buddy_enrolment_id <> enrolment_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE notifications (
        id CHAR(36) NOT NULL,
        account_id CHAR(36) NOT NULL,
        kind VARCHAR(40) NOT NULL,
        details JSON NOT NULL,
        dedupe_key VARCHAR(120) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        read_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        UNIQUE KEY ux_notifications_dedupe (dedupe_key),
        KEY ix_notifications_account (account_id, id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE notifications');
    await db.query('DROP TABLE buddies');
  }
}
