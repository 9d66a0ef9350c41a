import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13's declared hours: a volunteer's declaration of service (after a shift, or done outside
 * Linkage), waiting for a coordinator, the shift's leader or the partner named to confirm or reject it;
 * a confirmed one points at the verified hours record it became (the record is the only thing that
 * counts).
 */
export class CreateHoursDeclarations1797000013100 implements MigrationInterface {
  name = 'CreateHoursDeclarations1797000013100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE hours_declarations (
        id CHAR(36) NOT NULL,
        volunteer_id CHAR(36) NOT NULL,
        shift_id CHAR(36) NULL,
        team_id CHAR(36) NULL,
        partner_organisation_id CHAR(36) NULL,
        partner_organisation_name VARCHAR(200) NULL,
        activity VARCHAR(200) NOT NULL,
        service_date DATE NOT NULL,
        place VARCHAR(200) NOT NULL,
        content VARCHAR(1000) NOT NULL,
        hours DECIMAL(4,2) NOT NULL,
        contact_name VARCHAR(100) NOT NULL,
        contact_phone VARCHAR(30) NOT NULL,
        status VARCHAR(10) NOT NULL,
        reject_reason VARCHAR(500) NULL,
        reviewed_by CHAR(36) NULL,
        reviewer_role VARCHAR(20) NULL,
        reviewed_at DATETIME(3) NULL,
        hours_record_id CHAR(36) NULL,
        declared_by CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        KEY ix_hours_declarations_volunteer (volunteer_id, created_at),
        KEY ix_hours_declarations_status (status, created_at),
        KEY ix_hours_declarations_partner (partner_organisation_id, status)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE hours_declarations');
  }
}
