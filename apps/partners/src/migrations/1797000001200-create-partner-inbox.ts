import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The partner inbox: work items other services address to an organisation, one per sender's item id. */
export class CreatePartnerInbox1797000001200 implements MigrationInterface {
  name = 'CreatePartnerInbox1797000001200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partner_inbox_items (
        id CHAR(36) NOT NULL,
        item_id CHAR(36) NOT NULL,
        organisation_id CHAR(36) NOT NULL,
        kind VARCHAR(60) NOT NULL,
        title VARCHAR(200) NOT NULL,
        summary TEXT NULL,
        origin_service VARCHAR(40) NOT NULL,
        origin_entity_type VARCHAR(60) NOT NULL,
        origin_entity_id VARCHAR(100) NOT NULL,
        details JSON NULL,
        due_at DATETIME(3) NULL,
        sent_at DATETIME(3) NOT NULL,
        received_at DATETIME(3) NOT NULL,
        status VARCHAR(12) NOT NULL,
        accepted_at DATETIME(3) NULL,
        accepted_by CHAR(36) NULL,
        outcome_category VARCHAR(60) NULL,
        outcome_notes TEXT NULL,
        outcome_at DATETIME(3) NULL,
        outcome_by CHAR(36) NULL,
        outcome_by_name VARCHAR(100) NULL,
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_partner_inbox_items_item (item_id),
        KEY ix_partner_inbox_items_organisation_status (organisation_id, status),
        CONSTRAINT fk_partner_inbox_items_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE partner_inbox_items');
  }
}
