import { Module } from '@nestjs/common';
import { JobsModule } from '@linkage/service-kit';
import { TransactionsModule } from '../database/transactions.module';
import { NotificationModule } from '../notifications/notification.module';
import { ShiftModule } from '../shifts/shift.module';
import { TeamModule } from '../teams/team.module';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { AssignmentController } from './assignment.controller';
import { SignupController } from './signup.controller';
import { SignupRepository } from './signup.repository';
import { SignupApprovals } from './signup-approvals.service';
import { SignupBatches } from './signup-batches';
import { SignupEligibility } from './signup-eligibility';
import { SignupLocks } from './signup-locks';
import { SignupQueries } from './signup-queries.service';
import { SignupRecords } from './signup-records';
import { SignupWalkIns } from './signup-walk-ins';
import { SignupService } from './signup.service';
import { StaffingEvents } from './staffing-events';
import { WaitlistJob } from './waitlist.job';
import { WaitlistSweep } from './waitlist-sweep.service';
import { WaitlistService } from './waitlist.service';

/**
 * Sign-ups, waitlists and assignments. Exports SignupQueries, the reads attendance and the calendar feed
 * make, and SignupWalkIns (a card scanned at the door); never the repository. Serves the waitlist on 'volunteers.shift.seats-freed' and tells other
 * services of staffing on 'volunteers.shift.changed'.
 */
@Module({
  imports: [ShiftModule, TeamModule, VolunteerModule, NotificationModule, TransactionsModule, JobsModule],
  controllers: [SignupController, AssignmentController],
  providers: [
    SignupRepository,
    SignupRecords,
    SignupLocks,
    SignupEligibility,
    SignupBatches,
    SignupService,
    SignupApprovals,
    SignupQueries,
    SignupWalkIns,
    WaitlistService,
    WaitlistSweep,
    WaitlistJob,
    StaffingEvents,
  ],
  exports: [SignupQueries, SignupWalkIns],
})
export class SignupModule {}
