import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Screening results (answers and outcome encrypted; stage, instrument and version plain) and their
 * counts per campaign, community, stage, instrument, classification, sex and age band, kept up to date
 * in the transaction of each result so a dashboard never decrypts.
 */
export class CreateResults1797000004200 implements MigrationInterface {
  name = 'CreateResults1797000004200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE screening_results (
        id CHAR(36) NOT NULL,
        resident_id CHAR(36) NOT NULL,
        campaign_id CHAR(36) NOT NULL,
        client_id CHAR(36) NOT NULL,
        stage TINYINT NOT NULL,
        instrument VARCHAR(20) NOT NULL,
        version VARCHAR(40) NOT NULL,
        session_id CHAR(36) NULL,
        answers_enc TEXT NOT NULL,
        outcome_enc TEXT NOT NULL,
        administered_at DATETIME(3) NOT NULL,
        recorded_by CHAR(36) NOT NULL,
        recorded_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_screening_results_client (client_id),
        KEY ix_screening_results_resident (resident_id),
        KEY ix_screening_results_campaign_stage (campaign_id, stage, instrument),
        CONSTRAINT fk_screening_results_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE screening_counts (
        campaign_id CHAR(36) NOT NULL,
        community VARCHAR(100) NOT NULL,
        stage TINYINT NOT NULL,
        instrument VARCHAR(20) NOT NULL,
        classification VARCHAR(10) NOT NULL,
        sex VARCHAR(6) NOT NULL,
        age_band VARCHAR(10) NOT NULL,
        count INT UNSIGNED NOT NULL,
        PRIMARY KEY (campaign_id, community, stage, instrument, classification, sex, age_band)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE screening_counts');
    await db.query('DROP TABLE screening_results');
  }
}
