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

export interface DashboardSource {
  targets: Map<string, number>;
  counts: PathwayCountRow[];
  instruments: InstrumentCountRow[];
  work: CommunityWork[];
}

export interface CommunityWork {
  community: string;
  /** The referral funnel: every referral made, those sent to the hospital, accepted there, declined. */
  referralsMade: number;
  referralsSent: number;
  referralsAccepted: number;
  referralsDeclined: number;
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

  /**
   * Everything the dashboard shows, in one round trip (a UNION ALL of small aggregates): targets, the
   * pathway's counts, results per instrument, referrals open, overdue (sent before `sentBefore`) and
   * completed, the referral funnel (made, sent, accepted, declined), stage-2 re-checks past due and follow-ups due by `today`.
   */
  async figures(campaignId: string, sentBefore: Date, today: string): Promise<DashboardSource> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT 'target' AS k, community AS c, NULL AS s, NULL AS b, target AS n1, 0 AS n2, 0 AS n3, 0 AS n4
         FROM campaign_targets WHERE campaign_id = ?
       UNION ALL
       SELECT 'pathway', community, sex, age_band, screened, stage1_positive, stage2_done, stage2_positive
         FROM pathway_counts WHERE campaign_id = ?
       UNION ALL
       SELECT 'instrument', instrument, classification, CAST(stage AS CHAR), SUM(count), 0, 0, 0
         FROM screening_counts WHERE campaign_id = ? GROUP BY stage, instrument, classification
       UNION ALL
       SELECT 'referrals', community, NULL, NULL,
              SUM(status IN ('awaiting_consent', 'awaiting_hospital', 'sent', 'accepted')),
              SUM(status IN ('sent', 'accepted') AND sent_at < ?), SUM(status = 'completed'), 0
         FROM referrals WHERE campaign_id = ? GROUP BY community
       UNION ALL
       SELECT 'funnel', community, NULL, NULL, COUNT(*), SUM(sent_at IS NOT NULL),
              SUM(accepted_at IS NOT NULL OR status = 'completed'), SUM(status = 'declined')
         FROM referrals WHERE campaign_id = ? GROUP BY community
       UNION ALL
       SELECT 'tasks', community, NULL, NULL, COUNT(*), 0, 0, 0 FROM pathway_tasks
        WHERE campaign_id = ? AND kind = 'stage2' AND status = 'open' AND due_on < ? GROUP BY community
       UNION ALL
       SELECT 'follow_ups', community, NULL, NULL, COUNT(*), 0, 0, 0 FROM follow_ups
        WHERE campaign_id = ? AND status = 'planned' AND due_on <= ? GROUP BY community`,
      [
        campaignId,
        campaignId,
        campaignId,
        sentBefore,
        campaignId,
        campaignId,
        campaignId,
        today,
        campaignId,
        today,
      ],
    );
    const source: DashboardSource = { targets: new Map(), counts: [], instruments: [], work: [] };
    const work = new Map<string, CommunityWork>();
    const workOf = (community: string): CommunityWork => {
      const found = work.get(community) ?? {
        community,
        referralsMade: 0,
        referralsSent: 0,
        referralsAccepted: 0,
        referralsDeclined: 0,
        referralsOpen: 0,
        referralsOverdue: 0,
        referralsCompleted: 0,
        stage2Overdue: 0,
        followUpsDue: 0,
      };
      work.set(community, found);
      return found;
    };
    for (const r of rows) {
      const [c, n1, n2, n3, n4] = [String(r.c), Number(r.n1), Number(r.n2), Number(r.n3), Number(r.n4)];
      switch (r.k) {
        case 'target':
          source.targets.set(c, n1);
          break;
        case 'pathway':
          source.counts.push({
            community: c,
            sex: String(r.s),
            ageBand: String(r.b),
            screened: n1,
            stage1Positive: n2,
            stage2Done: n3,
            stage2Positive: n4,
          });
          break;
        case 'instrument':
          source.instruments.push({
            stage: Number(r.b),
            instrument: c,
            classification: r.s as 'positive' | 'negative',
            count: n1,
          });
          break;
        case 'referrals':
          Object.assign(workOf(c), { referralsOpen: n1, referralsOverdue: n2, referralsCompleted: n3 });
          break;
        case 'funnel':
          Object.assign(workOf(c), {
            referralsMade: n1,
            referralsSent: n2,
            referralsAccepted: n3,
            referralsDeclined: n4,
          });
          break;
        case 'tasks':
          workOf(c).stage2Overdue = n1;
          break;
        case 'follow_ups':
          workOf(c).followUpsDue = n1;
          break;
      }
    }
    source.work = [...work.values()];
    source.instruments.sort((a, b) => a.stage - b.stage || a.instrument.localeCompare(b.instrument));
    return source;
  }
}
