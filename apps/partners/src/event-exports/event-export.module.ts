import { Module } from '@nestjs/common';
import { EventHoursModule } from '../event-hours/event-hours.module';
import { EventRegistrationModule } from '../event-registrations/event-registration.module';
import { EventStaffingModule } from '../event-staffing/event-staffing.module';
import { ProjectModule } from '../projects/project.module';
import { EventExportController } from './event-export.controller';
import { EventExportService } from './event-export.service';
import { EventProjectActivity } from './event-project-activity';

/** Reports over partner events: the CSV/XLSX export and the joint project page's events. */
@Module({
  imports: [EventRegistrationModule, EventStaffingModule, EventHoursModule, ProjectModule],
  controllers: [EventExportController],
  providers: [EventExportService, EventProjectActivity],
})
export class EventExportModule {}
