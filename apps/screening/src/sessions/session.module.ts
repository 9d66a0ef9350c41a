import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignModule } from '../campaigns/campaign.module';
import { SessionController } from './session.controller';
import { SessionDirectory } from './session-directory';
import { SessionQueries } from './session-queries.service';
import { ScreeningSession } from './session.entity';
import { SessionRepository } from './session.repository';
import { SessionScreenersRepository } from './session-screeners.repository';
import { SessionService } from './session.service';
import { SessionStaffingConsumer } from './session-staffing.consumer';
import { SessionStaffingRepository } from './session-staffing.repository';

/**
 * Screening sessions: scheduled, changed and cancelled through the outbox (volunteers makes the shifts),
 * with the staffing and the confirmed screeners volunteers' events tell back. Exports SessionDirectory
 * (what registering a resident needs of its session), never a repository; the service definition hands
 * SessionScreenersRepository to the access module as the screener rule's facts.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ScreeningSession]), CampaignModule],
  controllers: [SessionController],
  providers: [
    SessionRepository,
    SessionStaffingRepository,
    SessionScreenersRepository,
    SessionService,
    SessionQueries,
    SessionStaffingConsumer,
    SessionDirectory,
    Transactions,
  ],
  exports: [SessionDirectory],
})
export class SessionModule {}
