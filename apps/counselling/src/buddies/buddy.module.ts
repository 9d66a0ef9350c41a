import { Transactions } from '@linkage/database';
import { JobsModule } from '@linkage/service-kit';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CheckInModule } from '../check-ins/check-in.module';
import { EnrolmentModule } from '../enrolments/enrolment.module';
import { ProgrammeDirectoryModule } from '../programmes/programme-directory.module';
import { BuddyNudgeJob } from './buddy-nudge.job';
import { BuddyNudge } from './buddy-nudge.service';
import { BuddyPairingService } from './buddy-pairing.service';
import { BuddyRequest } from './buddy-request.entity';
import { BuddyController } from './buddy.controller';
import { Buddy } from './buddy.entity';
import { BuddyRepository } from './buddy.repository';
import { BuddyService } from './buddy.service';
import { NotificationController } from './notification.controller';
import { Notification } from './notification.entity';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';

/**
 * Buddy pairs and requests, the buddy's narrow view, the quiet-member nudge and members' notifications.
 * Exports the nudge, which the test clock runs at its time.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Buddy, BuddyRequest, Notification]),
    EnrolmentModule,
    CheckInModule,
    ProgrammeDirectoryModule,
    JobsModule,
  ],
  controllers: [BuddyController, NotificationController],
  providers: [
    BuddyRepository,
    BuddyPairingService,
    BuddyService,
    BuddyNudge,
    BuddyNudgeJob,
    NotificationRepository,
    NotificationService,
    Transactions,
  ],
  exports: [BuddyNudge],
})
export class BuddyModule {}
