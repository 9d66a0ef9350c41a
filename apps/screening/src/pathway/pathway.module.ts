import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { CampaignModule } from '../campaigns/campaign.module';
import { ResidentModule } from '../residents/resident.module';
import { FollowUpRepository } from './follow-up.repository';
import { FollowUpService } from './follow-up.service';
import { PathwayClock } from './pathway-clock';
import { PathwayViews } from './pathway-context';
import { PathwayController } from './pathway.controller';
import { PathwayRecorder } from './pathway-recorder';
import { PathwayRepository } from './pathway.repository';
import { PathwayService } from './pathway.service';
import { ReferralFields } from './referral-fields';
import { ReferralOutcomes } from './referral-outcomes';
import { ReferralRepository } from './referral.repository';
import { ReferralSender } from './referral-sender';
import { ReferralService } from './referral.service';
import { TaskService } from './task.service';

/**
 * The pathway after a screen: stage-2 tasks, referrals to the hospital's partner inbox and their
 * outcomes, follow-ups, the overdue lists. Listens to the results feature's in-process event
 * (`screening.results.recorded`) and to partners' `partners.inbox.outcome-recorded.v1`. Exports the
 * clock (tests set it) and nothing else.
 */
@Module({
  imports: [CampaignModule, ResidentModule],
  controllers: [PathwayController],
  providers: [
    PathwayRepository,
    ReferralRepository,
    FollowUpRepository,
    PathwayClock,
    PathwayViews,
    ReferralFields,
    ReferralSender,
    ReferralOutcomes,
    PathwayRecorder,
    PathwayService,
    TaskService,
    FollowUpService,
    ReferralService,
    Transactions,
  ],
  exports: [PathwayClock],
})
export class PathwayModule {}
