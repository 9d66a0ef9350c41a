import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export const FOLLOW_UP_KINDS = ['visit', 'cognitive_training', 'carer_education'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export interface FollowUp {
  id: string;
  campaignId: string;
  residentId: string;
  community: string;
  referralId: string | null;
  kind: FollowUpKind;
  status: 'planned' | 'done';
  dueOn: string | null;
  plannedBy: string | null;
  plannedAt: Date | null;
  doneAt: Date | null;
  doneBy: string | null;
  noteEnc: string | null;
}

const COLUMNS = `id, campaign_id AS campaignId, resident_id AS residentId, community, referral_id AS referralId,
  kind, status, DATE_FORMAT(due_on, '%Y-%m-%d') AS dueOn, planned_by AS plannedBy, planned_at AS plannedAt,
  done_at AS doneAt, done_by AS doneBy, note_enc AS noteEnc`;

/** The follow-up plan's visits and interventions, planned and done (with who and when). */
@Injectable()
export class FollowUpRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: Tx, items: readonly FollowUp[]): Promise<void> {
    if (items.length === 0) return;
    await tx.query(
      `INSERT INTO follow_ups (id, campaign_id, resident_id, community, referral_id, kind, status, due_on,
         planned_by, planned_at, done_at, done_by, note_enc) VALUES ?`,
      [
        items.map((f) => [
          f.id,
          f.campaignId,
          f.residentId,
          f.community,
          f.referralId,
          f.kind,
          f.status,
          f.dueOn,
          f.plannedBy,
          f.plannedAt,
          f.doneAt,
          f.doneBy,
          f.noteEnc,
        ]),
      ],
    );
  }

  async lock(tx: Tx, residentId: string, id: string): Promise<FollowUp | null> {
    const rows: FollowUp[] = await tx.query(
      `SELECT ${COLUMNS} FROM follow_ups WHERE id = ? AND resident_id = ? FOR UPDATE`,
      [id, residentId],
    );
    return rows[0] ?? null;
  }

  async markDone(
    tx: Tx,
    id: string,
    done: { doneAt: Date; doneBy: string; noteEnc: string | null },
  ): Promise<void> {
    await tx.query(
      `UPDATE follow_ups SET status = 'done', done_at = ?, done_by = ?, note_enc = ? WHERE id = ?`,
      [done.doneAt, done.doneBy, done.noteEnc, id],
    );
  }

  ofResident(residentId: string): Promise<FollowUp[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM follow_ups WHERE resident_id = ? ORDER BY COALESCE(due_on, DATE(done_at)), id`,
      [residentId],
    );
  }

  /** A campaign's planned follow-ups, soonest first; `dueBefore`: only those due before that day (missed). */
  planned(campaignId: string, dueBefore: string | null, limit: number): Promise<FollowUp[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM follow_ups WHERE campaign_id = ? AND status = 'planned'
         ${dueBefore ? 'AND due_on < ?' : ''} ORDER BY due_on, id LIMIT ?`,
      dueBefore ? [campaignId, dueBefore, limit] : [campaignId, limit],
    );
  }
}
