import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The screening pathway (screen → re-check → refer → follow up): where each resident stands
 * (`pathway_residents`) and its pre-aggregated counts for the dashboard (`pathway_counts`), the stage-2
 * tasks, the referrals to the campaign's hospital (score and advice encrypted), and the follow-up plan's
 * visits and interventions (notes encrypted).
 */
export class CreatePathway1797000006000 implements MigrationInterface {
  name = 'CreatePathway1797000006000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE pathway_residents (
        resident_id CHAR(36) NOT NULL,
        campaign_id CHAR(36) NOT NULL,
        community VARCHAR(100) NOT NULL,
        sex VARCHAR(6) NOT NULL,
        age_band VARCHAR(10) NOT NULL,
        stage1_done BOOLEAN NOT NULL,
        stage1_positive BOOLEAN NOT NULL,
        stage2_done BOOLEAN NOT NULL,
        stage2_positive BOOLEAN NOT NULL,
        PRIMARY KEY (resident_id),
        KEY ix_pathway_residents_campaign (campaign_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE pathway_counts (
        campaign_id CHAR(36) NOT NULL,
        community VARCHAR(100) NOT NULL,
        sex VARCHAR(6) NOT NULL,
        age_band VARCHAR(10) NOT NULL,
        screened INT UNSIGNED NOT NULL,
        stage1_positive INT UNSIGNED NOT NULL,
        stage2_done INT UNSIGNED NOT NULL,
        stage2_positive INT UNSIGNED NOT NULL,
        PRIMARY KEY (campaign_id, community, sex, age_band)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE pathway_tasks (
        id CHAR(36) NOT NULL,
        campaign_id CHAR(36) NOT NULL,
        resident_id CHAR(36) NOT NULL,
        community VARCHAR(100) NOT NULL,
        kind VARCHAR(20) NOT NULL,
        status VARCHAR(12) NOT NULL,
        due_on DATE NOT NULL,
        trigger_result_id CHAR(36) NOT NULL,
        closing_result_id CHAR(36) NULL,
        created_at DATETIME(3) NOT NULL,
        closed_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        KEY ix_pathway_tasks_campaign (campaign_id, kind, status, due_on),
        KEY ix_pathway_tasks_resident (resident_id, status)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE referrals (
        id CHAR(36) NOT NULL,
        campaign_id CHAR(36) NOT NULL,
        resident_id CHAR(36) NOT NULL,
        community VARCHAR(100) NOT NULL,
        result_id CHAR(36) NOT NULL,
        instrument VARCHAR(20) NOT NULL,
        version VARCHAR(40) NOT NULL,
        score_enc VARCHAR(255) NOT NULL,
        organisation_id CHAR(36) NULL,
        status VARCHAR(20) NOT NULL,
        created_at DATETIME(3) NOT NULL,
        sent_at DATETIME(3) NULL,
        accepted_at DATETIME(3) NULL,
        outcome_status VARCHAR(12) NULL,
        diagnosis_category VARCHAR(60) NULL,
        advice_enc TEXT NULL,
        outcome_at DATETIME(3) NULL,
        outcome_by_name VARCHAR(100) NULL,
        last_event_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_referrals_result (result_id),
        KEY ix_referrals_campaign (campaign_id, status, sent_at),
        KEY ix_referrals_resident (resident_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE follow_ups (
        id CHAR(36) NOT NULL,
        campaign_id CHAR(36) NOT NULL,
        resident_id CHAR(36) NOT NULL,
        community VARCHAR(100) NOT NULL,
        referral_id CHAR(36) NULL,
        kind VARCHAR(24) NOT NULL,
        status VARCHAR(12) NOT NULL,
        due_on DATE NULL,
        planned_by CHAR(36) NULL,
        planned_at DATETIME(3) NULL,
        done_at DATETIME(3) NULL,
        done_by CHAR(36) NULL,
        note_enc TEXT NULL,
        PRIMARY KEY (id),
        KEY ix_follow_ups_campaign (campaign_id, status, due_on),
        KEY ix_follow_ups_resident (resident_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['follow_ups', 'referrals', 'pathway_tasks', 'pathway_counts', 'pathway_residents'])
      await db.query(`DROP TABLE ${table}`);
  }
}
