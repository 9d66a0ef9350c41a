import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventRegistrationModule } from '../event-registrations/event-registration.module';
import { EventShiftStaffing } from './event-shift-staffing.entity';
import { EventStaffingConsumer } from './event-staffing.consumer';
import { EventStaffingController } from './event-staffing.controller';
import { EventStaffingRepository } from './event-staffing.repository';
import { EventStaffingService } from './event-staffing.service';
import { EventVolunteer } from './event-volunteer.entity';
import { EventVolunteerConsumer } from './event-volunteer.consumer';
import { EventVolunteerRepository } from './event-volunteer.repository';

/**
 * The staffing read model of partner events, fed by volunteers' staffing events, and who is coming to
 * their shifts, fed by volunteers' assignment events.
 */
@Module({
  imports: [TypeOrmModule.forFeature([EventShiftStaffing, EventVolunteer]), EventRegistrationModule],
  controllers: [EventStaffingController],
  providers: [
    EventStaffingRepository,
    EventStaffingService,
    EventStaffingConsumer,
    EventVolunteerRepository,
    EventVolunteerConsumer,
  ],
  exports: [EventStaffingService],
})
export class EventStaffingModule {}
