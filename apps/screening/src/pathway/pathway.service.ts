import { AuditLog, type Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import type { ReadPurpose } from '../residents/access-reason';
import { ResidentDirectory } from '../residents/resident-directory';
import { NOT_SCREENED } from './pathway-rules';
import { PathwayViews } from './pathway-context';
import { followUpView, referralView, stage2TaskView } from './pathway-views';
import type { ResidentPathwayView } from './pathway.dto';
import { PathwayRepository } from './pathway.repository';
import { FollowUpRepository } from './follow-up.repository';
import { ReferralRepository } from './referral.repository';

/** A resident's whole pathway (stages, stage-2 tasks, referrals with outcomes, follow-ups), audited. */
@Injectable()
export class PathwayService {
  constructor(
    private readonly pathway: PathwayRepository,
    private readonly referrals: ReferralRepository,
    private readonly followUps: FollowUpRepository,
    private readonly residents: ResidentDirectory,
    private readonly views: PathwayViews,
    private readonly audit: AuditLog,
  ) {}

  async ofResident(
    principal: Principal,
    residentId: string,
    purpose: ReadPurpose,
  ): Promise<ResidentPathwayView> {
    const scope = await this.views.access.scope(principal, 'pathway.read');
    const facts = (await this.residents.inScope(scope, residentId))
      ? await this.pathway.residentFacts(residentId)
      : null;
    if (!facts) return this.residents.notFound('pathway.read', residentId);
    const m = this.views.moment();
    const [state, tasks, referrals, followUps] = await Promise.all([
      this.pathway.stateOf(residentId),
      this.pathway.stage2TasksOf(residentId),
      this.referrals.ofResident(residentId),
      this.followUps.ofResident(residentId),
    ]);
    await this.audit.record({
      action: 'pathway.read',
      recordType: 'resident',
      recordId: residentId,
      outcome: 'allowed',
      details: { ...purpose },
    });
    return {
      residentId,
      campaignId: facts.campaignId,
      stages: state ?? NOT_SCREENED,
      stage2Tasks: tasks.map((t) => stage2TaskView(t, m)),
      referrals: referrals.map((r) => referralView(r, this.views.fields, m)),
      followUps: followUps.map((f) => followUpView(f, this.views.openNote(f.id, f.noteEnc), m)),
    };
  }
}
