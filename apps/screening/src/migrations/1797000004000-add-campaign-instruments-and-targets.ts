import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Campaigns pin their instrument versions per stage and set a target per community. */
export class AddCampaignInstrumentsAndTargets1797000004000 implements MigrationInterface {
  name = 'AddCampaignInstrumentsAndTargets1797000004000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE campaign_instruments (
        campaign_id CHAR(36) NOT NULL,
        version VARCHAR(40) NOT NULL,
        stage TINYINT NOT NULL,
        position TINYINT NOT NULL,
        PRIMARY KEY (campaign_id, version),
        CONSTRAINT fk_campaign_instruments_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE campaign_targets (
        campaign_id CHAR(36) NOT NULL,
        community VARCHAR(100) NOT NULL,
        target INT UNSIGNED NOT NULL,
        PRIMARY KEY (campaign_id, community),
        CONSTRAINT fk_campaign_targets_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    // Campaigns planned before this chose no instruments: they get the defaults every new one gets.
    for (const [version, stage, position] of [
      ['AD8@1', 1, 0],
      ['MINI_COG@1', 1, 1],
      ['MMSE@1', 2, 0],
      ['MOCA@1', 2, 1],
    ] as const) {
      await db.query(
        'INSERT INTO campaign_instruments (campaign_id, version, stage, position) SELECT id, ?, ?, ? FROM campaigns',
        [version, stage, position],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE campaign_targets');
    await db.query('DROP TABLE campaign_instruments');
  }
}
