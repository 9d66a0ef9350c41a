import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { consentStatus, type ConsentRecord, type ConsentStatus } from '../residents/consent-state';
import { chunks } from './chunks';
import type { PathwayState } from './pathway-rules';

export interface ResidentPathwayRow {
  residentId: string;
  campaignId: string;
  community: string;
  sex: string;
  ageBand: string;
  state: PathwayState;
}

export interface CountDelta {
  campaignId: string;
  community: string;
  sex: string;
  ageBand: string;
  screened: number;
  stage1Positive: number;
  stage2Done: number;
  stage2Positive: number;
}

export interface NewStage2Task {
  id: string;
  campaignId: string;
  residentId: string;
  community: string;
  dueOn: string;
  triggerResultId: string;
  createdAt: Date;
}

export interface Stage2TaskRow {
  id: string;
  campaignId: string;
  residentId: string;
  community: string;
  status: 'open' | 'done';
  dueOn: string;
  createdAt: Date;
  closedAt: Date | null;
}

/** What the pathway shows of a resident: nothing encrypted, nothing identifying beyond the campaign. */
export interface ResidentFacts {
  id: string;
  campaignId: string;
  community: string;
  sex: 'male' | 'female';
  birthDate: string;
}

export interface PartnerOrganisation {
  id: string;
  name: string;
}

const TASK_COLUMNS = `id, campaign_id AS campaignId, resident_id AS residentId, community, status,
  DATE_FORMAT(due_on, '%Y-%m-%d') AS dueOn, created_at AS createdAt, closed_at AS closedAt`;

/**
 * The pathway's tables (where each resident stands, its counts, the stage-2 tasks), and the few plain
 * facts it reads of residents, their consents and the campaign's partners. Those are read here by
 * their plain columns only (never an encrypted one), as narrow queries, rather than through the
 * residents' repository (which that feature keeps to itself).
 */
@Injectable()
export class PathwayRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Where the residents stand, locked for the rest of the transaction (their results are serialised). */
  async lockStates(
    tx: Tx,
    residentIds: readonly string[],
  ): Promise<Map<string, { state: PathwayState; ageBand: string }>> {
    const found = new Map<string, { state: PathwayState; ageBand: string }>();
    for (const ids of chunks(residentIds)) {
      const rows: Record<string, unknown>[] = await tx.query(
        `SELECT resident_id, age_band, stage1_done, stage1_positive, stage2_done, stage2_positive
           FROM pathway_residents WHERE resident_id IN (?) FOR UPDATE`,
        [ids],
      );
      for (const r of rows) {
        found.set(String(r.resident_id), { ageBand: String(r.age_band), state: stateOfRow(r) });
      }
    }
    return found;
  }

  async saveStates(tx: Tx, rows: readonly ResidentPathwayRow[]): Promise<void> {
    for (const part of chunks(rows)) {
      await tx.query(
        `INSERT INTO pathway_residents
           (resident_id, campaign_id, community, sex, age_band, stage1_done, stage1_positive, stage2_done, stage2_positive)
         VALUES ?
         ON DUPLICATE KEY UPDATE stage1_done = VALUES(stage1_done), stage1_positive = VALUES(stage1_positive),
           stage2_done = VALUES(stage2_done), stage2_positive = VALUES(stage2_positive)`,
        [
          part.map((r) => [
            r.residentId,
            r.campaignId,
            r.community,
            r.sex,
            r.ageBand,
            r.state.stage1Done,
            r.state.stage1Positive,
            r.state.stage2Done,
            r.state.stage2Positive,
          ]),
        ],
      );
    }
  }

  /** Adds to the dashboard's counts, in the transaction of the results that changed them. */
  async addCounts(tx: Tx, deltas: readonly CountDelta[]): Promise<void> {
    const changed = deltas.filter((d) => d.screened + d.stage1Positive + d.stage2Done + d.stage2Positive > 0);
    for (const part of chunks(changed)) {
      await tx.query(
        `INSERT INTO pathway_counts
           (campaign_id, community, sex, age_band, screened, stage1_positive, stage2_done, stage2_positive)
         VALUES ?
         ON DUPLICATE KEY UPDATE screened = screened + VALUES(screened),
           stage1_positive = stage1_positive + VALUES(stage1_positive),
           stage2_done = stage2_done + VALUES(stage2_done),
           stage2_positive = stage2_positive + VALUES(stage2_positive)`,
        [
          part.map((d) => [
            d.campaignId,
            d.community,
            d.sex,
            d.ageBand,
            d.screened,
            d.stage1Positive,
            d.stage2Done,
            d.stage2Positive,
          ]),
        ],
      );
    }
  }

  async insertTasks(tx: Tx, tasks: readonly NewStage2Task[]): Promise<void> {
    for (const part of chunks(tasks)) {
      await tx.query(
        `INSERT INTO pathway_tasks
           (id, campaign_id, resident_id, community, kind, status, due_on, trigger_result_id, created_at)
         VALUES ?`,
        [
          part.map((t) => [
            t.id,
            t.campaignId,
            t.residentId,
            t.community,
            'stage2',
            'open',
            t.dueOn,
            t.triggerResultId,
            t.createdAt,
          ]),
        ],
      );
    }
  }

  /** Closes the resident's open stage-2 task: the stage-2 result it waited for is in. */
  async closeStage2Task(tx: Tx, residentId: string, resultId: string, at: Date): Promise<void> {
    await tx.query(
      `UPDATE pathway_tasks SET status = 'done', closing_result_id = ?, closed_at = ?
        WHERE resident_id = ? AND kind = 'stage2' AND status = 'open'`,
      [resultId, at, residentId],
    );
  }

  /** A campaign's open stage-2 tasks, soonest due first; `overdueBefore`: only those due before that day. */
  openStage2Tasks(campaignId: string, overdueBefore: string | null, limit: number): Promise<Stage2TaskRow[]> {
    return this.db.query(
      `SELECT ${TASK_COLUMNS} FROM pathway_tasks
        WHERE campaign_id = ? AND kind = 'stage2' AND status = 'open' ${overdueBefore ? 'AND due_on < ?' : ''}
        ORDER BY due_on, id LIMIT ?`,
      overdueBefore ? [campaignId, overdueBefore, limit] : [campaignId, limit],
    );
  }

  stage2TasksOf(residentId: string): Promise<Stage2TaskRow[]> {
    return this.db.query(
      `SELECT ${TASK_COLUMNS} FROM pathway_tasks WHERE resident_id = ? ORDER BY created_at, id`,
      [residentId],
    );
  }

  async stateOf(residentId: string): Promise<PathwayState | null> {
    const rows: Record<string, unknown>[] = await this.db.query(
      'SELECT stage1_done, stage1_positive, stage2_done, stage2_positive FROM pathway_residents WHERE resident_id = ?',
      [residentId],
    );
    return rows[0] ? stateOfRow(rows[0]) : null;
  }

  /** The resident's plain facts (campaign, community, sex, birth date); null when there is none. */
  async residentFacts(residentId: string, tx?: Tx): Promise<ResidentFacts | null> {
    const rows: Record<string, unknown>[] = await (tx ?? this.db).query(
      `SELECT id, campaign_id, community, sex, DATE_FORMAT(birth_date, '%Y-%m-%d') AS birth_date
         FROM residents WHERE id = ?`,
      [residentId],
    );
    const r = rows[0];
    return r
      ? {
          id: String(r.id),
          campaignId: String(r.campaign_id),
          community: String(r.community),
          sex: r.sex as 'male' | 'female',
          birthDate: String(r.birth_date),
        }
      : null;
  }

  /** Where the resident's consent to sharing with the hospital stands (the latest record decides). */
  async hospitalSharing(tx: Tx, residentId: string): Promise<ConsentStatus> {
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT kind, granted, withdrawn_at FROM resident_consents
        WHERE resident_id = ? AND kind = 'hospital_sharing' ORDER BY recorded_at, id`,
      [residentId],
    );
    const history: ConsentRecord[] = rows.map((r) => ({
      kind: 'hospital_sharing',
      granted: Boolean(r.granted),
      withdrawnAt: (r.withdrawn_at as Date | null) ?? null,
    }));
    return consentStatus(history, 'hospital_sharing');
  }

  /**
   * The campaign's partner organisation of kind hospital (the memory clinic referrals go to), by the
   * kinds in the partners directory copy this service keeps; the first by name when there are several.
   */
  async hospitalOf(tx: Tx, campaignId: string): Promise<PartnerOrganisation | null> {
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT p.organisation_id, COALESCE(o.name, p.organisation_name) AS name
         FROM campaign_partners p JOIN organisation_names o ON o.id = p.organisation_id
        WHERE p.campaign_id = ? AND o.kind = 'hospital' AND o.status = 'active'
        ORDER BY name LIMIT 1`,
      [campaignId],
    );
    return rows[0] ? { id: String(rows[0].organisation_id), name: String(rows[0].name) } : null;
  }
}

function stateOfRow(r: Record<string, unknown>): PathwayState {
  return {
    stage1Done: Boolean(r.stage1_done),
    stage1Positive: Boolean(r.stage1_positive),
    stage2Done: Boolean(r.stage2_done),
    stage2Positive: Boolean(r.stage2_positive),
  };
}
