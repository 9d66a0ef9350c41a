import { applyScope, type RecordScope } from '@linkage/auth';
import { newId, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { HoursRecord, type HoursStatus } from './hours-record.entity';
import type { ServiceHoursDay } from './hours-rules';

export interface HoursAdjustment {
  id: string;
  previousHours: string;
  hours: string;
  reason: string;
  adjustedBy: string;
  adjustedAt: Date;
}

export interface HoursExportRow {
  id: string;
  serviceDate: string;
  volunteerName: string;
  studentNumber: string;
  shiftTitle: string;
  venue: string;
  teamName: string | null;
  hours: string;
  status: string;
  recordedBy: string | null;
  verifiedBy: string | null;
}

/** A record as HoursRecording makes it; the database gives it version 1 and the rest of its columns. */
export type NewHoursRecord = Omit<
  HoursRecord,
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'version'
  | 'disputeReason'
  | 'disputedAt'
  | 'verifierOrganisationId'
  | 'verifierOrganisationName'
>;

/** A verified record with its shift, as a certificate lists it. */
export interface VerifiedService {
  date: string;
  activity: string;
  venue: string;
  /** The partner organisation that certified it, if one did. */
  organisation: string | null;
  hours: string;
}

/** An hours record served at a counselling session, with what the reviewing counsellor reads of it. */
export interface CounsellingSessionHours {
  record: HoursRecord;
  volunteerName: string;
  /** The shift's title: the programme's. */
  activity: string;
  sessionId: string;
}

/** Hours records. The volunteer's row lock (taken by the caller) serialises their daily limit. */
@Injectable()
export class HoursRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One record within the scope (owner: its volunteer; team: its shift's team). */
  findById(scope: RecordScope, id: string, tx: Tx = this.db.manager): Promise<HoursRecord | null> {
    return applyScope(tx.getRepository(HoursRecord).createQueryBuilder('h'), scope, {
      owner: 'h.volunteer_id',
      team: 'h.team_id',
    })
      .andWhere('h.id = :id', { id })
      .getOne();
  }

  /**
   * Hours served at counselling sessions within the scope (owner: a counsellor who verifies the session's
   * hours, counselling_session_verifiers), newest first; one record when `id` is given.
   */
  async counsellingSessionHours(
    scope: RecordScope,
    filter: { id?: string; status?: HoursStatus },
    tx: Tx = this.db.manager,
  ): Promise<CounsellingSessionHours[]> {
    const qb = tx
      .getRepository(HoursRecord)
      .createQueryBuilder('h')
      .innerJoin('shifts', 's', "s.id = h.shift_id AND s.source_type = 'counselling_session'")
      .innerJoin('volunteers', 'v', 'v.id = h.volunteer_id')
      .leftJoin('counselling_session_verifiers', 'k', 'k.session_id = s.source_id')
      .addSelect(['s.title AS activity', 's.source_id AS sessionId', 'v.name AS volunteerName']);
    applyScope(qb, scope, { owner: 'k.account_id' });
    if (filter.id) qb.andWhere('h.id = :id', { id: filter.id });
    if (filter.status) qb.andWhere('h.status = :status', { status: filter.status });
    const { entities, raw } = await qb
      .orderBy('h.service_date', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .limit(1000)
      .getRawAndEntities<{ h_id: string; activity: string; sessionId: string; volunteerName: string }>();
    // A session with several counsellors joins once per counsellor: one row per record.
    const about = new Map(raw.map((r) => [r.h_id, r]));
    return entities.map((record) => {
      const row = about.get(record.id)!;
      return { record, activity: row.activity, sessionId: row.sessionId, volunteerName: row.volunteerName };
    });
  }

  exists(id: string): Promise<boolean> {
    return this.db.getRepository(HoursRecord).existsBy({ id });
  }

  /** One record whoever asks: for a change another service's event makes, which no person's scope governs. */
  byId(tx: Tx, id: string): Promise<HoursRecord | null> {
    return tx.getRepository(HoursRecord).findOneBy({ id });
  }

  byAttendance(tx: Tx, attendanceId: string): Promise<HoursRecord | null> {
    return tx.getRepository(HoursRecord).findOneBy({ attendanceId });
  }

  /** Hours per local date the volunteer already has in other records. */
  async hoursOnDates(tx: Tx, volunteerId: string, dates: readonly string[], exceptRecordId: string | null) {
    const existing = new Map<string, string>();
    if (dates.length === 0) return existing;
    const rows = await tx.query<{ date: string; hours: string }[]>(
      `SELECT DATE_FORMAT(service_date, '%Y-%m-%d') AS date, SUM(hours) AS hours FROM hours_record_days
        WHERE volunteer_id = ? AND service_date IN (?) AND record_id <> ? GROUP BY service_date`,
      [volunteerId, dates, exceptRecordId ?? ''],
    );
    for (const r of rows) existing.set(r.date, r.hours);
    return existing;
  }

  async insert(tx: Tx, record: NewHoursRecord, days: ServiceHoursDay[]) {
    const id = newId();
    await tx.getRepository(HoursRecord).insert({ ...record, id });
    await this.replaceDays(tx, id, record.volunteerId, days);
    return tx.getRepository(HoursRecord).findOneByOrFail({ id });
  }

  async daysOf(tx: Tx, recordId: string): Promise<{ date: string; hours: string }[]> {
    return tx.query(
      `SELECT DATE_FORMAT(service_date, '%Y-%m-%d') AS date, hours FROM hours_record_days
        WHERE record_id = ? ORDER BY service_date`,
      [recordId],
    );
  }

  async replaceDays(tx: Tx, recordId: string, volunteerId: string, days: { date: string; hours: string }[]) {
    await tx.query('DELETE FROM hours_record_days WHERE record_id = ?', [recordId]);
    for (const day of days) {
      await tx.query(
        'INSERT INTO hours_record_days (record_id, volunteer_id, service_date, hours) VALUES (?, ?, ?, ?)',
        [recordId, volunteerId, day.date, day.hours],
      );
    }
  }

  /** Every change of a record is a new version of it (volunteers.hours.recorded.v1 carries it). */
  async save(tx: Tx, id: string, changes: Partial<HoursRecord>): Promise<HoursRecord> {
    await tx.getRepository(HoursRecord).update({ id }, { ...changes, version: () => 'version + 1' });
    return tx.getRepository(HoursRecord).findOneByOrFail({ id });
  }

  async addAdjustment(tx: Tx, recordId: string, adjustment: Omit<HoursAdjustment, 'id'>): Promise<string> {
    const id = newId();
    await tx.query(
      `INSERT INTO hours_adjustments (id, record_id, previous_hours, hours, reason, adjusted_by, adjusted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        recordId,
        adjustment.previousHours,
        adjustment.hours,
        adjustment.reason,
        adjustment.adjustedBy,
        adjustment.adjustedAt,
      ],
    );
    return id;
  }

  adjustments(recordId: string): Promise<HoursAdjustment[]> {
    return this.db.query(
      `SELECT id, previous_hours AS previousHours, hours, reason, adjusted_by AS adjustedBy, adjusted_at AS adjustedAt
         FROM hours_adjustments WHERE record_id = ? ORDER BY adjusted_at, id`,
      [recordId],
    );
  }

  /**
   * A volunteer's records (newest first) with their verified total and hours by month (YYYY-MM), read
   * in one snapshot: a record verified while this reads shows in the records and the totals alike, or in
   * neither (three separate reads once showed a verified record beside a total without it).
   */
  volunteerHours(volunteerId: string): Promise<{
    records: HoursRecord[];
    total: string;
    byMonth: { month: string; hours: string }[];
  }> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const records = await tx
        .getRepository(HoursRecord)
        .find({ where: { volunteerId }, order: { serviceDate: 'DESC', id: 'DESC' }, take: 500 });
      const byMonth = await tx.query<{ month: string; hours: string }[]>(
        `SELECT DATE_FORMAT(service_date, '%Y-%m') AS month, SUM(hours) AS hours FROM hours_records
          WHERE volunteer_id = ? AND status = 'verified' GROUP BY month ORDER BY month`,
        [volunteerId],
      );
      const [sum] = await tx.query<{ total: string | null }[]>(
        `SELECT SUM(hours) AS total FROM hours_records WHERE volunteer_id = ? AND status = 'verified'`,
        [volunteerId],
      );
      return { records, total: sum?.total ?? '0.00', byMonth };
    });
  }

  /** Verified hours by team or by month, over an optional date range. */
  totals(
    by: 'team' | 'month',
    from?: string,
    to?: string,
  ): Promise<{ key: string | null; label: string | null; hours: string; volunteers: string }[]> {
    const range = rangeSql(from, to);
    const sql =
      by === 'team'
        ? `SELECT h.team_id AS \`key\`, t.name AS label, SUM(h.hours) AS hours, COUNT(DISTINCT h.volunteer_id) AS volunteers
             FROM hours_records h LEFT JOIN teams t ON t.id = h.team_id
            WHERE h.status = 'verified' ${range.sql} GROUP BY h.team_id, t.name ORDER BY hours DESC`
        : `SELECT DATE_FORMAT(h.service_date, '%Y-%m') AS \`key\`, NULL AS label, SUM(h.hours) AS hours,
                  COUNT(DISTINCT h.volunteer_id) AS volunteers
             FROM hours_records h WHERE h.status = 'verified' ${range.sql} GROUP BY \`key\` ORDER BY \`key\``;
    return this.db.query(sql, range.params);
  }

  exportRows(from?: string, to?: string): Promise<HoursExportRow[]> {
    const range = rangeSql(from, to);
    return this.db.query(
      `SELECT h.id, DATE_FORMAT(h.service_date, '%Y-%m-%d') AS serviceDate, v.name AS volunteerName,
              v.student_number AS studentNumber, s.title AS shiftTitle, s.venue, t.name AS teamName,
              h.hours, h.status, h.recorded_by AS recordedBy, h.verified_by AS verifiedBy
         FROM hours_records h JOIN volunteers v ON v.id = h.volunteer_id JOIN shifts s ON s.id = h.shift_id
         LEFT JOIN teams t ON t.id = h.team_id
        WHERE 1 = 1 ${range.sql} ORDER BY h.service_date, v.student_number LIMIT 100000`,
      range.params,
    );
  }

  /** Verified records with their shifts, for a certificate. */
  verifiedServices(tx: Tx, volunteerId: string): Promise<VerifiedService[]> {
    return tx.query(
      `SELECT DATE_FORMAT(h.service_date, '%Y-%m-%d') AS date, s.title AS activity, s.venue,
              h.verifier_organisation_name AS organisation, h.hours
         FROM hours_records h JOIN shifts s ON s.id = h.shift_id
        WHERE h.volunteer_id = ? AND h.status = 'verified' AND h.hours > 0
        ORDER BY h.service_date, h.id`,
      [volunteerId],
    );
  }
}

function rangeSql(from?: string, to?: string): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (from) {
    parts.push('AND h.service_date >= ?');
    params.push(from);
  }
  if (to) {
    parts.push('AND h.service_date <= ?');
    params.push(to);
  }
  return { sql: parts.join(' '), params };
}
