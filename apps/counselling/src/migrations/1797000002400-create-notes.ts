import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotes1797000002400 implements MigrationInterface {
  name = 'CreateNotes1797000002400';

  async up(db: QueryRunner): Promise<void> {
    // Append-only: no updated_at; a correction is a new row naming the one it corrects.
    await db.query(`
      CREATE TABLE notes (
        id CHAR(36) NOT NULL,
        programme_id CHAR(36) NOT NULL,
        session_id CHAR(36) NULL,
        enrolment_id CHAR(36) NULL,
        corrects_id CHAR(36) NULL,
        author_id CHAR(36) NOT NULL,
        author_name VARCHAR(100) NOT NULL,
        body TEXT NOT NULL,
        key_id VARCHAR(32) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        KEY ix_notes_programme (programme_id, id),
        KEY ix_notes_key (key_id),
        CONSTRAINT fk_notes_programme FOREIGN KEY (programme_id) REFERENCES programmes (id),
        CONSTRAINT fk_notes_session FOREIGN KEY (session_id) REFERENCES programme_sessions (id),
        CONSTRAINT fk_notes_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments (id),
        CONSTRAINT fk_notes_corrects FOREIGN KEY (corrects_id) REFERENCES notes (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE notes');
  }
}
