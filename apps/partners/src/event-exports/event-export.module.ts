import { Module } from '@nestjs/common';
import { EventHoursModule } from '../event-hours/event-hours.module';
import { EventRegistrationModule } from '../event-registrations/event-registration.module';
import { EventStaffingModule } from '../event-staffing/event-staffing.module';
import { EventExportController } from './event-export.controller';
import { EventExportService } from './event-export.service';

@Module({
  imports: [EventRegistrationModule, EventStaffingModule, EventHoursModule],
  controllers: [EventExportController],
  providers: [EventExportService],
})
export class EventExportModule {}
