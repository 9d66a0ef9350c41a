import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCampaigns1764000000000 implements MigrationInterface {
  name = 'CreateCampaigns1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE campaigns (
        id CHAR(36) NOT NULL,
        name VARCHAR(200) NOT NULL,
        description TEXT NULL,
        starts_on DATE NOT NULL,
        ends_on DATE NOT NULL,
        status VARCHAR(20) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        KEY ix_campaigns_status (status)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE campaign_partners (
        campaign_id CHAR(36) NOT NULL,
        organisation_id CHAR(36) NOT NULL,
        organisation_name VARCHAR(200) NOT NULL,
        PRIMARY KEY (campaign_id, organisation_id),
        KEY ix_campaign_partners_organisation (organisation_id),
        CONSTRAINT fk_campaign_partners_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE campaign_partners');
    await db.query('DROP TABLE campaigns');
  }
}
