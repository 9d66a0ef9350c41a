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
import { SignupService } from './signup.service';
import { StaffingEvents } from './staffing-events';
import { WaitlistJob } from './waitlist.job';
import { WaitlistService } from './waitlist.service';

/** Sign-ups, waitlists and assignments. Exports what attendance and the calendar feed read. */
@Module({
  imports: [ShiftModule, TeamModule, VolunteerModule, NotificationModule, TransactionsModule, JobsModule],
  controllers: [SignupController, AssignmentController],
  providers: [SignupRepository, SignupService, WaitlistService, WaitlistJob, StaffingEvents],
  exports: [SignupRepository, SignupService, WaitlistService],
})
export class SignupModule {}
