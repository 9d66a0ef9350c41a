import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Joint projects and the organisations taking part in them, each in one role. */
export class CreateProjects1797000001100 implements MigrationInterface {
  name = 'CreateProjects1797000001100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE projects (
        id CHAR(36) NOT NULL,
        name VARCHAR(200) NOT NULL,
        goal TEXT NOT NULL,
        starts_on DATE NOT NULL,
        ends_on DATE NULL,
        status VARCHAR(12) NOT NULL,
        created_by CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        KEY ix_projects_status (status)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE project_partners (
        project_id CHAR(36) NOT NULL,
        organisation_id CHAR(36) NOT NULL,
        role VARCHAR(20) NOT NULL,
        position SMALLINT UNSIGNED NOT NULL,
        PRIMARY KEY (project_id, organisation_id),
        KEY ix_project_partners_organisation (organisation_id),
        CONSTRAINT fk_project_partners_project FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
        CONSTRAINT fk_project_partners_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE project_partners');
    await db.query('DROP TABLE projects');
  }
}
