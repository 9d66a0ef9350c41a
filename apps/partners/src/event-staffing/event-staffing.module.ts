import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventRegistrationModule } from '../event-registrations/event-registration.module';
import { EventShiftStaffing } from './event-shift-staffing.entity';
import { EventStaffingConsumer } from './event-staffing.consumer';
import { EventStaffingController } from './event-staffing.controller';
import { EventStaffingRepository } from './event-staffing.repository';
import { EventStaffingService } from './event-staffing.service';

/** The staffing read model of partner events, fed by volunteers' staffing events. */
@Module({
  imports: [TypeOrmModule.forFeature([EventShiftStaffing]), EventRegistrationModule],
  controllers: [EventStaffingController],
  providers: [EventStaffingRepository, EventStaffingService, EventStaffingConsumer],
  exports: [EventStaffingService],
})
export class EventStaffingModule {}
