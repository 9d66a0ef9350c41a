import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A check-in's optional note, encrypted like counsellors' notes (libs/crypto), with its key id. */
export class AddCheckInNotes1797000002800 implements MigrationInterface {
  name = 'AddCheckInNotes1797000002800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE check_ins
        ADD COLUMN note TEXT NULL AFTER lapse,
        ADD COLUMN note_key_id VARCHAR(32) NULL AFTER note`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE check_ins DROP COLUMN note_key_id, DROP COLUMN note');
  }
}
