import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Teams and who is in them; a volunteer may be in several, as a member or a leader. */
export class CreateTeams1795600001000 implements MigrationInterface {
  name = 'CreateTeams1795600001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE teams (
        id CHAR(36) NOT NULL,
        name VARCHAR(100) NOT NULL,
        description TEXT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_teams_name (name)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    // ix_team_members_volunteer answers "which teams does this volunteer lead / belong to", which the
    // access rules ask on every request of a volunteer that touches teams or shifts.
    await db.query(`
      CREATE TABLE team_members (
        id CHAR(36) NOT NULL,
        team_id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        role VARCHAR(10) NOT NULL,
        added_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_team_members_team_volunteer (team_id, volunteer_id),
        KEY ix_team_members_volunteer (volunteer_id, role),
        CONSTRAINT fk_team_members_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
        CONSTRAINT fk_team_members_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteers (id) ON DELETE CASCADE
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE team_members');
    await db.query('DROP TABLE teams');
  }
}
