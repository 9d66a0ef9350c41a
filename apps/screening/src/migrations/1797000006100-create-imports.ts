import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imported stage-1 files, one row per file and campaign: the file's SHA-256 is unique, so the same file
 * sent again finds the first import (and its summary) instead of importing twice.
 */
export class CreateImports1797000006100 implements MigrationInterface {
  name = 'CreateImports1797000006100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE screening_imports (
        id CHAR(36) NOT NULL,
        campaign_id CHAR(36) NOT NULL,
        file_sha256 CHAR(64) NOT NULL,
        format VARCHAR(4) NOT NULL,
        summary TEXT NOT NULL,
        imported_by CHAR(36) NOT NULL,
        imported_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_screening_imports_file (campaign_id, file_sha256)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE screening_imports');
  }
}
