import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSigningKeys1764100000400 implements MigrationInterface {
  name = 'CreateSigningKeys1764100000400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE signing_keys (
        slot VARCHAR(40) NOT NULL,
        kid VARCHAR(100) NOT NULL,
        private_jwk TEXT NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (slot)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE signing_keys');
  }
}
