import { applyScope, type RecordScope } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface PathwayCountRow {
  community: string;
  sex: string;
  ageBand: string;
  screened: number;
  stage1Positive: number;
  stage2Done: number;
  stage2Positive: number;
}

export interface InstrumentCountRow {
  stage: number;
  instrument: string;
  classification: 'positive' | 'negative';
  count: number;
}

export interface CommunityWork {
  community: string;
  referralsOpen: number;
  referralsOverdue: number;
  referralsCompleted: number;
  stage2Overdue: number;
  followUpsDue: number;
}

/**
 * What a dashboard is made of, all pre-aggregated or small: the pathway's counts per community, sex and
 * age band, the results' counts per instrument (`screening_counts`), the open work per community from the
 * pathway's tables; never a result or a resident row, never a decryption. A campaign is in a partner's
 * scope when the partner is one of its organisations.
 */
@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async campaignInScope(scope: RecordScope, id: string): Promise<boolean> {
    const qb = this.db
      .createQueryBuilder()
      .select('c.id', 'id')
      .from('campaigns', 'c')
      .leftJoin('campaign_partners', 'p', 'p.campaign_id = c.id')
      .where('c.id = :id', { id });
    return (await applyScope(qb, scope, { owner: 'p.organisation_id' }).limit(1).getRawOne()) !== undefined;
  }

  async campaignExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM campaigns WHERE id = ?', [id]);
    return rows.length > 0;
  }

  async targets(campaignId: string): Promise<Map<string, number>> {
    const rows: { community: string; target: number }[] = await this.db.query(
      'SELECT community, target FROM campaign_targets WHERE campaign_id = ?',
      [campaignId],
    );
    return new Map(rows.map((r) => [r.community, Number(r.target)]));
  }

  async pathwayCounts(campaignId: string): Promise<PathwayCountRow[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT community, sex, age_band, screened, stage1_positive, stage2_done, stage2_positive
         FROM pathway_counts WHERE campaign_id = ?`,
      [campaignId],
    );
    return rows.map((r) => ({
      community: String(r.community),
      sex: String(r.sex),
      ageBand: String(r.age_band),
      screened: Number(r.screened),
      stage1Positive: Number(r.stage1_positive),
      stage2Done: Number(r.stage2_done),
      stage2Positive: Number(r.stage2_positive),
    }));
  }

  async instrumentCounts(campaignId: string): Promise<InstrumentCountRow[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT stage, instrument, classification, SUM(count) AS count FROM screening_counts
        WHERE campaign_id = ? GROUP BY stage, instrument, classification ORDER BY stage, instrument, classification`,
      [campaignId],
    );
    return rows.map((r) => ({
      stage: Number(r.stage),
      instrument: String(r.instrument),
      classification: r.classification as 'positive' | 'negative',
      count: Number(r.count),
    }));
  }

  /** Referrals open, overdue (sent before `sentBefore`, no outcome) and completed; tasks and visits late. */
  async work(campaignId: string, sentBefore: Date, today: string): Promise<CommunityWork[]> {
    const [referrals, tasks, followUps] = (await Promise.all([
      this.db.query(
        `SELECT community,
                SUM(status IN ('awaiting_consent', 'awaiting_hospital', 'sent', 'accepted')) AS open,
                SUM(status IN ('sent', 'accepted') AND sent_at < ?) AS overdue,
                SUM(status = 'completed') AS completed
           FROM referrals WHERE campaign_id = ? GROUP BY community`,
        [sentBefore, campaignId],
      ),
      this.db.query(
        `SELECT community, COUNT(*) AS overdue FROM pathway_tasks
          WHERE campaign_id = ? AND kind = 'stage2' AND status = 'open' AND due_on < ? GROUP BY community`,
        [campaignId, today],
      ),
      this.db.query(
        `SELECT community, COUNT(*) AS due FROM follow_ups
          WHERE campaign_id = ? AND status = 'planned' AND due_on <= ? GROUP BY community`,
        [campaignId, today],
      ),
    ])) as Record<string, unknown>[][];
    const byCommunity = new Map<string, CommunityWork>();
    const of = (community: unknown): CommunityWork => {
      const key = String(community);
      const found = byCommunity.get(key) ?? {
        community: key,
        referralsOpen: 0,
        referralsOverdue: 0,
        referralsCompleted: 0,
        stage2Overdue: 0,
        followUpsDue: 0,
      };
      byCommunity.set(key, found);
      return found;
    };
    for (const r of referrals) {
      Object.assign(of(r.community), {
        referralsOpen: Number(r.open),
        referralsOverdue: Number(r.overdue),
        referralsCompleted: Number(r.completed),
      });
    }
    for (const t of tasks) of(t.community).stage2Overdue = Number(t.overdue);
    for (const f of followUps) of(f.community).followUpsDue = Number(f.due);
    return [...byCommunity.values()];
  }
}
