import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who verifies the hours served at a counselling session: the counsellors of its programme when it was
 * completed (counselling.session.completed.v1). A counsellor sees and verifies exactly the hours of the
 * sessions listed here for them.
 */
export class CreateCounsellingSessionVerifiers1797000012100 implements MigrationInterface {
  name = 'CreateCounsellingSessionVerifiers1797000012100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE counselling_session_verifiers (
        session_id CHAR(36) NOT NULL,
        account_id CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (session_id, account_id),
        KEY ix_counselling_session_verifiers_account (account_id)
      ) ENGINE=InnoDB`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE counselling_session_verifiers');
  }
}
