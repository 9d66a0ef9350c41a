import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail's table, shared by every service (each keeps its own). Triggers make it append-only
 * in the database itself, not just in our code.
 */
export class CreateAuditEvents1764000000500 implements MigrationInterface {
  name = 'CreateAuditEvents1764000000500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_events (
        id CHAR(36) NOT NULL,
        occurred_at DATETIME(3) NOT NULL,
        actor_id CHAR(36) NULL,
        actor_roles VARCHAR(100) NOT NULL,
        action VARCHAR(60) NOT NULL,
        record_type VARCHAR(60) NOT NULL,
        record_id VARCHAR(64) NULL,
        outcome VARCHAR(10) NOT NULL,
        ip VARCHAR(45) NULL,
        request_id VARCHAR(128) NULL,
        details JSON NULL,
        PRIMARY KEY (id),
        KEY ix_audit_actor (actor_id, id),
        KEY ix_audit_record (record_type, record_id, id),
        KEY ix_audit_occurred (occurred_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events FOR EACH ROW
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_events is append-only'`);
    await db.query(`
      CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events FOR EACH ROW
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_events is append-only'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_events');
  }
}
