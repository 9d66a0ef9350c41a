import { AuditLog, type Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { CampaignDirectory } from '../campaigns/campaign-directory';
import { CampaignError } from '../campaigns/campaign.error';
import type { ReadPurpose } from '../residents/access-reason';
import { PathwayViews } from './pathway-context';
import { isOverdueOn } from './pathway-rules';
import { isReferralOverdue } from './pathway-views';
import type { ListTasksQuery, TaskKind, TaskView } from './pathway.dto';
import { FollowUpRepository } from './follow-up.repository';
import { PathwayRepository } from './pathway.repository';
import { ReferralRepository } from './referral.repository';

/**
 * A campaign's work lists: stage-2 re-checks due, referrals waiting for the hospital or blocked (no
 * consent, no hospital), follow-ups planned; `overdue` keeps what is late (stage 2 past its day, a
 * referral without outcome after REFERRAL_OUTCOME_DAYS, a visit missed). Which residents are on them is
 * sensitive (they screened positive): the list is audited.
 */
@Injectable()
export class TaskService {
  constructor(
    private readonly pathway: PathwayRepository,
    private readonly referrals: ReferralRepository,
    private readonly followUps: FollowUpRepository,
    private readonly campaigns: CampaignDirectory,
    private readonly views: PathwayViews,
    private readonly audit: AuditLog,
  ) {}

  async list(
    principal: Principal,
    campaignId: string,
    query: ListTasksQuery,
    purpose: ReadPurpose,
  ): Promise<TaskView[]> {
    const plan = await this.campaigns.planInScope(
      await this.views.access.scope(principal, 'pathway.read'),
      campaignId,
    );
    if (!plan) throw new CampaignError('CAMPAIGN_NOT_FOUND', `No campaign with id ${campaignId}.`);
    const m = this.views.moment();
    const limit = query.limit ?? 200;
    const overdue = query.overdue === true;
    const wanted = (kind: TaskKind): boolean => !query.kind || query.kind === kind;
    const items: TaskView[] = [];
    if (wanted('stage2')) {
      for (const t of await this.pathway.openStage2Tasks(campaignId, overdue ? m.today : null, limit)) {
        items.push({
          kind: 'stage2',
          id: t.id,
          residentId: t.residentId,
          community: t.community,
          dueOn: t.dueOn,
          overdue: isOverdueOn(t.dueOn, m.today),
          status: t.status,
          detail: null,
        });
      }
    }
    if (wanted('referral_outcome')) {
      const before = overdue ? new Date(m.now.getTime() - m.referralDays * 86_400_000) : null;
      for (const r of await this.referrals.inStatuses(campaignId, ['sent', 'accepted'], before, limit)) {
        const due = r.sentAt ? new Date(r.sentAt.getTime() + m.referralDays * 86_400_000) : null;
        items.push({
          kind: 'referral_outcome',
          id: r.id,
          residentId: r.residentId,
          community: r.community,
          dueOn: due?.toISOString().slice(0, 10) ?? null,
          overdue: isReferralOverdue(r, m),
          status: r.status,
          detail: null,
        });
      }
    }
    if (wanted('referral_blocked') && !overdue) {
      for (const r of await this.referrals.inStatuses(
        campaignId,
        ['awaiting_consent', 'awaiting_hospital'],
        null,
        limit,
      )) {
        items.push({
          kind: 'referral_blocked',
          id: r.id,
          residentId: r.residentId,
          community: r.community,
          dueOn: null,
          overdue: false,
          status: r.status,
          detail: null,
        });
      }
    }
    if (wanted('follow_up')) {
      for (const f of await this.followUps.planned(campaignId, overdue ? m.today : null, limit)) {
        items.push({
          kind: 'follow_up',
          id: f.id,
          residentId: f.residentId,
          community: f.community,
          dueOn: f.dueOn,
          overdue: f.dueOn !== null && isOverdueOn(f.dueOn, m.today),
          status: f.status,
          detail: f.kind,
        });
      }
    }
    await this.audit.record({
      action: 'pathway.tasks-listed',
      recordType: 'campaign',
      recordId: campaignId,
      outcome: 'allowed',
      details: { ...purpose, residentIds: [...new Set(items.map((i) => i.residentId))] },
    });
    return items.slice(0, limit);
  }
}
