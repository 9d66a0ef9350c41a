import type { Principal } from '@linkage/auth';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventHoursService } from '../event-hours/event-hours.service';
import { EventRegistrationService } from '../event-registrations/event-registration.service';
import { EventStaffingService } from '../event-staffing/event-staffing.service';
import {
  ProjectActivity,
  type ProjectActivitySource,
  type ProjectEventSummary,
} from '../projects/project-activity';

/** A project page lists at most this many of its events. */
const PROJECT_EVENTS_LIMIT = 500;

/**
 * Reports a joint project's partner events to the project page: each with its staffing and the hours
 * its organisation confirmed, as the viewer may see them (a partner member: their organisation's).
 */
@Injectable()
export class EventProjectActivity implements ProjectActivitySource, OnModuleInit {
  constructor(
    private readonly activity: ProjectActivity,
    private readonly registrations: EventRegistrationService,
    private readonly staffing: EventStaffingService,
    private readonly hours: EventHoursService,
  ) {}

  onModuleInit(): void {
    this.activity.register(this);
  }

  async eventsOf(projectId: string, viewer: Principal): Promise<ProjectEventSummary[]> {
    const events = (await this.registrations.listAll(viewer, { projectId }, PROJECT_EVENTS_LIMIT)).map(
      (e) => e.event,
    );
    const staffing = await this.staffing.forEvents(events);
    const totals = await this.hours.totals(events.map((e) => e.id));
    return events.map((event, i) => ({
      eventId: event.id,
      title: event.title,
      organisationId: event.organisationId,
      status: event.status,
      startsAt: event.firstStartsAt.toISOString(),
      volunteersNeeded: staffing[i].needed,
      volunteersConfirmed: staffing[i].confirmed,
      verifiedHours: totals.get(event.id)?.confirmedHours ?? 0,
    }));
  }
}
