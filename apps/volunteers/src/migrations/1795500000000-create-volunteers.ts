import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVolunteers1795500000000 implements MigrationInterface {
  name = 'CreateVolunteers1795500000000';

  // ix_volunteers_department also serves the newest-first pages of one department: InnoDB appends the
  // primary key (a UUIDv7, time-ordered) to every secondary index, so the filter and the order share it.
  // Skills stay a JSON array: the skill filter scans, which is fine at a college's size (thousands).
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE volunteers (
        id CHAR(36) NOT NULL,
        name VARCHAR(100) NOT NULL,
        student_number VARCHAR(32) NOT NULL,
        department VARCHAR(100) NULL,
        major VARCHAR(100) NULL,
        class_name VARCHAR(50) NULL,
        mobile VARCHAR(20) NOT NULL,
        political_status VARCHAR(40) NULL,
        skills JSON NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_volunteers_student_number (student_number),
        KEY ix_volunteers_department (department)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE volunteers');
  }
}
