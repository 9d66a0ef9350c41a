import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { EventHoursService } from '../event-hours/event-hours.service';
import { localDate } from '../event-registrations/event-occurrences.rule';
import type { EventFilter } from '../event-registrations/event-filter';
import { EventRegistrationService } from '../event-registrations/event-registration.service';
import { EventStaffingService } from '../event-staffing/event-staffing.service';
import type { EventExportRow } from './event-export';

/** An export holds at most this many events (soonest first); narrow it with the filters beyond that. */
export const EXPORT_LIMIT = 2000;

/** A local date and time at the station (UTC+8), as a spreadsheet shows it: 2026-12-05 09:00. */
function localDateTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + 8 * 3_600_000).toISOString();
  return `${localDate(instant)} ${shifted.slice(11, 16)}`;
}

/** A partner's events (a coordinator's: everyone's) with their staffing and certified hours, for CSV and XLSX. */
@Injectable()
export class EventExportService {
  constructor(
    private readonly registrations: EventRegistrationService,
    private readonly staffing: EventStaffingService,
    private readonly hours: EventHoursService,
  ) {}

  async rows(principal: Principal, filter: EventFilter): Promise<EventExportRow[]> {
    const events = await this.registrations.listAll(principal, filter, EXPORT_LIMIT);
    const staffing = await this.staffing.forEvents(events.map((e) => e.event));
    const totals = await this.hours.totals(events.map((e) => e.event.id));
    return events.map(({ event, organisationName }, i) => {
      const certified = totals.get(event.id);
      return {
        title: event.title,
        organisationName,
        kind: event.kind,
        status: event.status,
        firstStartsAt: localDateTime(event.firstStartsAt),
        lastEndsAt: localDateTime(event.lastEndsAt),
        community: event.community ?? '',
        venue: event.venueName,
        occurrences: event.occurrences.length,
        needed: staffing[i].needed,
        confirmed: staffing[i].confirmed,
        waitlisted: staffing[i].waitlisted,
        atRisk: staffing[i].atRisk ? '是' : '否',
        confirmedHours: certified?.confirmedHours ?? 0,
        hoursConfirmed: certified?.confirmed ?? 0,
        hoursDisputed: certified?.disputed ?? 0,
        id: event.id,
      };
    });
  }
}
