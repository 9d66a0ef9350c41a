import { applyScope, type RecordScope } from '@linkage/auth';
import { paginate, type Page, type PageQuery, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { HandoverBatch } from './handover-batch.entity';
import type { HandoverRow, HandoverSource, VolunteerFacts } from './handover-columns';
import { nextYearlyValue } from '../database/yearly-sequence';

/**
 * Hand-over batches and the records in them. `handover_records` has the hours record's id as its
 * primary key: a record is in one batch at most, whatever runs at once. The records are read with
 * what the national standard asks beside them (profile, team, shift, training, awards, certificates)
 * in the batch's transaction, and each row is kept as written, so a batch downloads the same later.
 * Batches are the station's: every method takes the caller's scope and answers nothing outside it.
 */
@Injectable()
export class HandoverRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The year's next batch number; the row lock serialises hand-overs, so two never take one record. */
  nextSequence(tx: Tx, year: number): Promise<number> {
    return nextYearlyValue(tx, 'handover_sequences', year);
  }

  /** Verified records served in the period (local dates) and not handed over yet, oldest first. */
  async pending(tx: Tx, from: string, to: string): Promise<HandoverSource[]> {
    const rows = await tx.query<(Omit<HandoverSource, 'hours'> & { hours: string })[]>(
      `SELECT h.id AS hoursRecordId, h.volunteer_id AS volunteerId, v.name AS volunteerName,
              v.national_volunteer_number AS nationalVolunteerNumber, v.student_number AS studentNumber,
              t.name AS teamName, s.title AS activity, s.source_type AS sourceType, s.venue,
              DATE_FORMAT(h.service_date, '%Y-%m-%d') AS serviceDate, h.checked_in_at AS checkedInAt,
              h.checked_out_at AS checkedOutAt, h.hours, h.recorded_by AS recordedBy,
              h.recorded_at AS recordedAt, h.verified_by AS verifiedBy,
              h.verifier_organisation_name AS verifierOrganisation, h.verified_at AS verifiedAt
         FROM hours_records h JOIN volunteers v ON v.id = h.volunteer_id JOIN shifts s ON s.id = h.shift_id
         LEFT JOIN teams t ON t.id = h.team_id
        WHERE h.status = 'verified' AND h.service_date BETWEEN ? AND ?
          AND NOT EXISTS (SELECT 1 FROM handover_records r WHERE r.hours_record_id = h.id)
        ORDER BY h.service_date, v.student_number, h.id`,
      [from, to],
    );
    return rows;
  }

  /** How many verified records of the period wait to be handed over. */
  async countPending(from: string, to: string): Promise<number> {
    const [row] = await this.db.query<{ n: string }[]>(
      `SELECT COUNT(*) AS n FROM hours_records h
        WHERE h.status = 'verified' AND h.service_date BETWEEN ? AND ?
          AND NOT EXISTS (SELECT 1 FROM handover_records r WHERE r.hours_record_id = h.id)`,
      [from, to],
    );
    return Number(row.n);
  }

  /** How many verified records of the period are in a batch already. */
  async countHandedOver(tx: Tx | null, from: string, to: string): Promise<number> {
    const [row] = await (tx ?? this.db).query<{ n: string }[]>(
      `SELECT COUNT(*) AS n FROM hours_records h JOIN handover_records r ON r.hours_record_id = h.id
        WHERE h.status = 'verified' AND h.service_date BETWEEN ? AND ?`,
      [from, to],
    );
    return Number(row.n);
  }

  /** Training, awards, certificates and verified hours of these volunteers, as of now. */
  async facts(tx: Tx, volunteerIds: readonly string[]): Promise<Map<string, VolunteerFacts>> {
    const facts = new Map<string, VolunteerFacts>(
      volunteerIds.map((id) => [id, { training: [], awards: [], certificates: [], totalVerifiedHours: '0' }]),
    );
    if (volunteerIds.length === 0) return facts;
    const ids = [...volunteerIds];
    const certifications = await tx.query<{ volunteerId: string; name: string; issuedOn: string }[]>(
      `SELECT volunteer_id AS volunteerId, name, DATE_FORMAT(issued_on, '%Y-%m-%d') AS issuedOn
         FROM volunteer_certifications WHERE volunteer_id IN (?) ORDER BY issued_on, name`,
      [ids],
    );
    for (const c of certifications)
      facts.get(c.volunteerId)!.training.push(`${c.name}（${c.issuedOn} 取得）`);
    const ledger = await tx.query<{ volunteerId: string; kind: string; reason: string }[]>(
      `SELECT volunteer_id AS volunteerId, kind, reason FROM points_ledger
        WHERE volunteer_id IN (?) AND kind IN ('training_attended', 'manual_award') ORDER BY created_at, id`,
      [ids],
    );
    for (const e of ledger) {
      const f = facts.get(e.volunteerId)!;
      (e.kind === 'manual_award' ? f.awards : f.training).push(e.reason);
    }
    const certificates = await tx.query<{ volunteerId: string; number: string; issuedOn: string }[]>(
      `SELECT volunteer_id AS volunteerId, number, DATE_FORMAT(issued_on, '%Y-%m-%d') AS issuedOn
         FROM certificates WHERE volunteer_id IN (?) AND revoked_at IS NULL ORDER BY issued_at, number`,
      [ids],
    );
    for (const c of certificates) {
      facts.get(c.volunteerId)!.certificates.push({ number: c.number, issuedOn: c.issuedOn });
    }
    const totals = await tx.query<{ volunteerId: string; hours: string }[]>(
      `SELECT volunteer_id AS volunteerId, SUM(hours) AS hours FROM hours_records
        WHERE volunteer_id IN (?) AND status = 'verified' GROUP BY volunteer_id`,
      [ids],
    );
    for (const t of totals) facts.get(t.volunteerId)!.totalVerifiedHours = String(t.hours);
    return facts;
  }

  async insertBatch(tx: Tx, batch: HandoverBatch, rows: readonly HandoverRow[]): Promise<void> {
    await tx.getRepository(HandoverBatch).insert(batch);
    // In chunks: a year's records in one statement could pass max_allowed_packet.
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await tx.query(
        `INSERT INTO handover_records (hours_record_id, batch_id, position, row_data) VALUES ${chunk
          .map(() => '(?, ?, ?, ?)')
          .join(', ')}`,
        chunk.flatMap((row) => [row.hoursRecordId, batch.id, Number(row.position), JSON.stringify(row)]),
      );
    }
  }

  list(scope: RecordScope, query: PageQuery): Promise<Page<HandoverBatch>> {
    // Batches are the station's: no owner or team column, so only a scope over every record sees them.
    return paginate(
      applyScope(this.db.getRepository(HandoverBatch).createQueryBuilder('b'), scope, {}),
      query,
    );
  }

  async findByNumber(scope: RecordScope, number: string): Promise<HandoverBatch | null> {
    return applyScope(this.db.getRepository(HandoverBatch).createQueryBuilder('b'), scope, {})
      .andWhere('b.number = :number', { number })
      .getOne();
  }

  async rows(batchId: string): Promise<HandoverRow[]> {
    const rows = await this.db.query<{ row_data: HandoverRow | string }[]>(
      'SELECT row_data FROM handover_records WHERE batch_id = ? ORDER BY position',
      [batchId],
    );
    // MariaDB hands JSON back as text, MySQL 8 as an object.
    return rows.map((r) =>
      typeof r.row_data === 'string' ? (JSON.parse(r.row_data) as HandoverRow) : r.row_data,
    );
  }
}
