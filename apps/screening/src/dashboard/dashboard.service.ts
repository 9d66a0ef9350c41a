import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { ScreeningAccess } from '../access/screening.access';
import { CampaignError } from '../campaigns/campaign.error';
import { PathwayClock } from '../pathway/pathway-clock';
import { AGE_BANDS } from '../results/age-band';
import { ScreeningConfig } from '../screening.config';
import type { DashboardFiguresView, DashboardView, GroupFiguresView } from './dashboard.dto';
import {
  DashboardRepository,
  type CommunityWork,
  type DashboardSource,
  type PathwayCountRow,
} from './dashboard.repository';
import { figure, rate } from './suppression';

type Sums = Omit<PathwayCountRow, 'community' | 'sex' | 'ageBand'> & Omit<CommunityWork, 'community'>;
const ZERO: Sums = {
  screened: 0,
  stage1Positive: 0,
  stage2Done: 0,
  stage2Positive: 0,
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

/**
 * A campaign's dashboard from pre-aggregated counts: per community and in total, screened vs target,
 * positive rates at both stages, referrals open, overdue and completed, follow-ups due; by age band and
 * sex. Staff see exact figures; a partner of the campaign sees counts of 1–4 suppressed.
 */
@Injectable()
export class DashboardService {
  private readonly inFlight = new Map<string, Promise<DashboardSource>>();

  constructor(
    private readonly dashboards: DashboardRepository,
    private readonly access: ScreeningAccess,
    private readonly audit: AuditLog,
    private readonly clock: PathwayClock,
    private readonly config: ScreeningConfig,
  ) {}

  async get(principal: Principal, campaignId: string): Promise<DashboardView> {
    if (
      !(await this.dashboards.campaignInScope(
        await this.access.scope(principal, 'dashboard.read'),
        campaignId,
      ))
    ) {
      return notFoundOrDenied(
        this.audit,
        {
          action: 'dashboard.read',
          recordType: 'campaign',
          recordId: campaignId,
          existsOutsideScope: () => this.dashboards.campaignExists(campaignId),
        },
        new CampaignError('CAMPAIGN_NOT_FOUND', `No campaign with id ${campaignId}.`),
      );
    }
    // Staff act for the whole station and see exact figures; a partner sees small counts suppressed.
    const suppress = !(await this.access.can(principal, 'dashboard.read'));
    const now = this.clock.now();
    const sentBefore = new Date(now.getTime() - this.config.REFERRAL_OUTCOME_DAYS * 86_400_000);
    const { targets, counts, instruments, work } = await this.shared(campaignId, () =>
      this.dashboards.figures(campaignId, sentBefore, this.clock.today()),
    );
    const communities = [
      ...new Set([...targets.keys(), ...counts.map((c) => c.community), ...work.map((w) => w.community)]),
    ].sort((a, b) => a.localeCompare(b, 'zh'));
    const figures = (rows: PathwayCountRow[], works: CommunityWork[]): DashboardFiguresView =>
      this.figures(rows, works, suppress);
    return {
      campaignId,
      suppressed: suppress,
      asOf: now.toISOString(),
      totals: figures(counts, work),
      communities: communities.map((community) => ({
        community,
        target: targets.get(community) ?? null,
        ...figures(
          counts.filter((c) => c.community === community),
          work.filter((w) => w.community === community),
        ),
      })),
      instruments: [...new Set(instruments.map((i) => `${i.stage}:${i.instrument}`))].map((key) => {
        const [stage, instrument] = key.split(':');
        const count = (classification: string): number =>
          instruments.find((i) => `${i.stage}:${i.instrument}` === key && i.classification === classification)
            ?.count ?? 0;
        return {
          stage: Number(stage),
          instrument,
          positive: figure(count('positive'), suppress),
          negative: figure(count('negative'), suppress),
        };
      }),
    };
  }

  /**
   * Concurrent reads of one campaign's dashboard share one query (single flight): a dashboard on every
   * coordinator's and partner's screen at once costs the database one read at a time, and nobody gets
   * figures older than the read they waited for. Nothing is kept once it answered.
   */
  private shared(campaignId: string, read: () => Promise<DashboardSource>): Promise<DashboardSource> {
    const running = this.inFlight.get(campaignId);
    if (running) return running;
    const started = read().finally(() => this.inFlight.delete(campaignId));
    this.inFlight.set(campaignId, started);
    return started;
  }

  private figures(rows: PathwayCountRow[], works: CommunityWork[], suppress: boolean): DashboardFiguresView {
    const sums = sum(rows, works);
    const f = (key: keyof Sums) => figure(sums[key], suppress);
    const group = (name: string, of: (r: PathwayCountRow) => string): GroupFiguresView => {
      const part = sum(
        rows.filter((r) => of(r) === name),
        [],
      );
      return {
        group: name,
        screened: figure(part.screened, suppress),
        stage1Positive: figure(part.stage1Positive, suppress),
        stage2Positive: figure(part.stage2Positive, suppress),
      };
    };
    const screened = f('screened');
    const stage1Positive = f('stage1Positive');
    const stage2Done = f('stage2Done');
    const stage2Positive = f('stage2Positive');
    return {
      screened,
      stage1Positive,
      stage1PositiveRate: rate(stage1Positive, screened),
      stage2Done,
      stage2Positive,
      stage2PositiveRate: rate(stage2Positive, stage2Done),
      stage2Overdue: f('stage2Overdue'),
      referralsMade: f('referralsMade'),
      referralsSent: f('referralsSent'),
      referralsAccepted: f('referralsAccepted'),
      referralsDeclined: f('referralsDeclined'),
      referralsOpen: f('referralsOpen'),
      referralsOverdue: f('referralsOverdue'),
      referralsCompleted: f('referralsCompleted'),
      followUpsDue: f('followUpsDue'),
      byAgeBand: AGE_BANDS.map((band) => group(band, (r) => r.ageBand)),
      bySex: ['female', 'male'].map((sex) => group(sex, (r) => r.sex)),
    };
  }
}

function sum(rows: PathwayCountRow[], works: CommunityWork[]): Sums {
  const total = { ...ZERO };
  for (const r of rows) {
    total.screened += r.screened;
    total.stage1Positive += r.stage1Positive;
    total.stage2Done += r.stage2Done;
    total.stage2Positive += r.stage2Positive;
  }
  for (const w of works) {
    total.referralsMade += w.referralsMade;
    total.referralsSent += w.referralsSent;
    total.referralsAccepted += w.referralsAccepted;
    total.referralsDeclined += w.referralsDeclined;
    total.referralsOpen += w.referralsOpen;
    total.referralsOverdue += w.referralsOverdue;
    total.referralsCompleted += w.referralsCompleted;
    total.stage2Overdue += w.stage2Overdue;
    total.followUpsDue += w.followUpsDue;
  }
  return total;
}
