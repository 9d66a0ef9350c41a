import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The points ledger: append-only in the database itself (triggers refuse UPDATE and DELETE, as for
 * audit_events); a correction is a further entry. One entry per source, so a retry cannot count twice.
 */
export class CreatePointsLedger1795600007000 implements MigrationInterface {
  name = 'CreatePointsLedger1795600007000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE points_ledger (
        id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        kind VARCHAR(30) NOT NULL,
        points INT NOT NULL,
        reason VARCHAR(500) NOT NULL,
        source_type VARCHAR(30) NOT NULL,
        source_id VARCHAR(64) NOT NULL,
        created_by CHAR(36) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_points_source (volunteer_id, kind, source_type, source_id),
        KEY ix_points_volunteer (volunteer_id, id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TRIGGER points_ledger_no_update BEFORE UPDATE ON points_ledger FOR EACH ROW
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'points_ledger is append-only'`);
    await db.query(`
      CREATE TRIGGER points_ledger_no_delete BEFORE DELETE ON points_ledger FOR EACH ROW
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'points_ledger is append-only'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE points_ledger');
  }
}
