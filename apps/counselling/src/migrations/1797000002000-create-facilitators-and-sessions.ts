import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFacilitatorsAndSessions1797000002000 implements MigrationInterface {
  name = 'CreateFacilitatorsAndSessions1797000002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE programme_facilitators (
        programme_id CHAR(36) NOT NULL,
        account_id CHAR(36) NOT NULL,
        role VARCHAR(20) NOT NULL,
        volunteer_id CHAR(36) NULL,
        display_name VARCHAR(100) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (programme_id, account_id),
        KEY ix_programme_facilitators_account (account_id),
        CONSTRAINT fk_programme_facilitators_programme FOREIGN KEY (programme_id) REFERENCES programmes (id),
        CONSTRAINT ck_programme_facilitators_peer CHECK (role <> 'peer' OR volunteer_id IS NOT NULL)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE programme_sessions (
        id CHAR(36) NOT NULL,
        programme_id CHAR(36) NOT NULL,
        starts_at DATETIME(3) NOT NULL,
        ends_at DATETIME(3) NOT NULL,
        place VARCHAR(200) NOT NULL,
        topic VARCHAR(200) NOT NULL,
        status VARCHAR(20) NOT NULL,
        completed_at DATETIME(3) NULL,
        version INT UNSIGNED NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        KEY ix_programme_sessions_programme (programme_id, starts_at),
        CONSTRAINT fk_programme_sessions_programme FOREIGN KEY (programme_id) REFERENCES programmes (id),
        CONSTRAINT ck_programme_sessions_times CHECK (ends_at > starts_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE programme_sessions');
    await db.query('DROP TABLE programme_facilitators');
  }
}
