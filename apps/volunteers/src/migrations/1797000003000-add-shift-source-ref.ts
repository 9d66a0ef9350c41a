import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shifts made from another context name which part of their source they stand for: a partner event's
 * shift is `<role key>@<occurrence key>`. The unique key makes "one shift per role and occurrence" the
 * database's promise, so two deliveries of one approval cannot both create it. Manual shifts keep NULL
 * (NULLs never collide in a unique key).
 */
export class AddShiftSourceRef1797000003000 implements MigrationInterface {
  name = 'AddShiftSourceRef1797000003000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE shifts
        ADD COLUMN source_ref VARCHAR(64) NULL AFTER source_id,
        ADD UNIQUE KEY uq_shifts_source_ref (source_type, source_id, source_ref)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE shifts DROP KEY uq_shifts_source_ref, DROP COLUMN source_ref');
  }
}
