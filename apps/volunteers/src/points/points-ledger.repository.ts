import { newId, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PointsLedgerEntry } from './points-rules';

export interface StoredPointsEntry extends PointsLedgerEntry {
  id: string;
  createdBy: string | null;
  createdAt: Date;
}

/** The columns of a StoredPointsEntry. */
const ENTRY = `id, volunteer_id AS volunteerId, kind, points, reason, source_type AS sourceType,
  source_id AS sourceId, created_by AS createdBy, created_at AS createdAt`;

/**
 * The points ledger: INSERT and SELECT only (the table's triggers refuse anything else). An entry for a
 * source already in the ledger is skipped by the unique key, so a retried event is not counted twice.
 */
@Injectable()
export class PointsLedgerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async append(tx: Tx, entries: readonly PointsLedgerEntry[], createdBy: string | null): Promise<void> {
    for (const e of entries) {
      await tx.query(
        `INSERT IGNORE INTO points_ledger (id, volunteer_id, kind, points, reason, source_type, source_id, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          newId(),
          e.volunteerId,
          e.kind,
          e.points,
          e.reason.slice(0, 500),
          e.sourceType,
          e.sourceId,
          createdBy,
        ],
      );
    }
  }

  /** What the ledger holds for an hours record: its verification entry plus every adjustment's. */
  async pointsForHoursRecord(tx: Tx, volunteerId: string, recordId: string): Promise<number> {
    const [row] = await tx.query<{ total: string | null }[]>(
      `SELECT SUM(points) AS total FROM points_ledger
        WHERE volunteer_id = ? AND ((source_type = 'hours_record' AND source_id = ?)
           OR (source_type = 'hours_adjustment'
               AND source_id IN (SELECT id FROM hours_adjustments WHERE record_id = ?)))`,
      [volunteerId, recordId, recordId],
    );
    return Number(row?.total ?? 0);
  }

  /** The entry a manual award wrote, as the caller's transaction sees it. */
  async manualAward(tx: Tx, awardId: string): Promise<StoredPointsEntry> {
    const [entry] = await tx.query<StoredPointsEntry[]>(
      `SELECT ${ENTRY} FROM points_ledger WHERE source_type = 'manual_award' AND source_id = ?`,
      [awardId],
    );
    return entry;
  }

  /** The volunteer's balance and their latest entries (newest first), read in one snapshot so they agree. */
  ofVolunteer(
    volunteerId: string,
    limit: number,
  ): Promise<{ balance: number; entries: StoredPointsEntry[] }> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const [sum] = await tx.query<{ total: string | null }[]>(
        'SELECT SUM(points) AS total FROM points_ledger WHERE volunteer_id = ?',
        [volunteerId],
      );
      const entries = await tx.query<StoredPointsEntry[]>(
        `SELECT ${ENTRY} FROM points_ledger WHERE volunteer_id = ? ORDER BY id DESC LIMIT ?`,
        [volunteerId, limit],
      );
      return { balance: Number(sum?.total ?? 0), entries };
    });
  }

  /** Each member of the team with their balance. */
  async teamBalances(teamId: string): Promise<{ volunteerId: string; name: string; points: number }[]> {
    const rows = await this.db.query<{ volunteerId: string; name: string; points: string | null }[]>(
      `SELECT v.id AS volunteerId, v.name AS name,
              (SELECT SUM(p.points) FROM points_ledger p WHERE p.volunteer_id = v.id) AS points
         FROM team_members tm JOIN volunteers v ON v.id = tm.volunteer_id
        WHERE tm.team_id = ?`,
      [teamId],
    );
    return rows.map((r) => ({ ...r, points: Number(r.points ?? 0) }));
  }
}
