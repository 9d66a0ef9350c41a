import { Module } from '@nestjs/common';
import { SignupModule } from '../signups/signup.module';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarTokenController } from './calendar-token.controller';
import { CalendarRepository } from './calendar.repository';
import { CalendarService } from './calendar.service';

@Module({
  imports: [SignupModule, VolunteerModule],
  controllers: [CalendarTokenController, CalendarFeedController],
  providers: [CalendarRepository, CalendarService],
})
export class CalendarModule {}
