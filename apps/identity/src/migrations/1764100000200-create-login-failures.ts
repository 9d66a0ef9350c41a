import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLoginFailures1764100000200 implements MigrationInterface {
  name = 'CreateLoginFailures1764100000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE login_failures (
        id CHAR(36) NOT NULL,
        login_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
        ip VARCHAR(45) NOT NULL,
        occurred_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_login_failures_login (login_hash, occurred_at),
        KEY ix_login_failures_ip (ip, occurred_at),
        KEY ix_login_failures_occurred (occurred_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE login_failures');
  }
}
