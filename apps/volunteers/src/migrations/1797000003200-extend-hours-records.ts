import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hours records as partners see and certify them (volunteers.hours.recorded.v1, partners.hours.certified.v1):
 * - `version` starts at 1 and grows with each change, so partners keep the newest copy of a record;
 * - the attendance's check-in and check-out as the hours were computed from them (filled in for the
 *   records there are), so the event carries them without reading attendance again;
 * - `disputed`, a third status: the partner that hosted the shift disputes the hours, with its reason,
 *   until a coordinator adjusts or verifies them;
 * - the organisation that certified them, when a partner confirmed them, named on certificates.
 */
export class ExtendHoursRecords1797000003200 implements MigrationInterface {
  name = 'ExtendHoursRecords1797000003200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE hours_records
        ADD COLUMN version INT UNSIGNED NOT NULL DEFAULT 1 AFTER status,
        ADD COLUMN checked_in_at DATETIME(3) NULL AFTER service_date,
        ADD COLUMN checked_out_at DATETIME(3) NULL AFTER checked_in_at,
        ADD COLUMN dispute_reason VARCHAR(500) NULL,
        ADD COLUMN disputed_at DATETIME(3) NULL,
        ADD COLUMN verifier_organisation_id CHAR(36) NULL,
        ADD COLUMN verifier_organisation_name VARCHAR(200) NULL,
        DROP CONSTRAINT chk_hours_status,
        ADD CONSTRAINT chk_hours_status CHECK (status IN ('recorded', 'verified', 'disputed'))`);
    await db.query(`
      UPDATE hours_records h JOIN attendance a ON a.id = h.attendance_id
         SET h.checked_in_at = a.checked_in_at, h.checked_out_at = a.checked_out_at`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE hours_records SET status = 'recorded' WHERE status = 'disputed'`);
    await db.query(`
      ALTER TABLE hours_records
        DROP CONSTRAINT chk_hours_status,
        ADD CONSTRAINT chk_hours_status CHECK (status IN ('recorded', 'verified')),
        DROP COLUMN verifier_organisation_name,
        DROP COLUMN verifier_organisation_id,
        DROP COLUMN disputed_at,
        DROP COLUMN dispute_reason,
        DROP COLUMN checked_out_at,
        DROP COLUMN checked_in_at,
        DROP COLUMN version`);
  }
}
