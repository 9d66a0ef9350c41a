import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A member asking another to be their buddy; pairing removes the requests of both. */
export class CreateBuddyRequests1797000002900 implements MigrationInterface {
  name = 'CreateBuddyRequests1797000002900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE buddy_requests (
        id CHAR(36) NOT NULL,
        programme_id CHAR(36) NOT NULL,
        from_enrolment_id CHAR(36) NOT NULL,
        to_enrolment_id CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY ux_buddy_requests_pair (from_enrolment_id, to_enrolment_id),
        KEY ix_buddy_requests_to (to_enrolment_id),
        CONSTRAINT fk_buddy_requests_from FOREIGN KEY (from_enrolment_id) REFERENCES enrolments (id),
        CONSTRAINT fk_buddy_requests_to FOREIGN KEY (to_enrolment_id) REFERENCES enrolments (id),
        CONSTRAINT ck_buddy_requests_other CHECK (from_enrolment_id <> to_enrolment_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE buddy_requests');
  }
}
