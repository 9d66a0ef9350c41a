import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { EventRegistrationService } from '../event-registrations/event-registration.service';
import type { EventShiftStaffing } from './event-shift-staffing.entity';
import { EventStaffingRepository } from './event-staffing.repository';
import { eventStaffing, shiftAtRisk, type EventStaffingSummary } from './staffing.rule';

export interface ShiftStaffing extends EventShiftStaffing {
  atRisk: boolean;
}

/** What staffing needs of an event (one that EventRegistrationService let the caller see). */
export interface StaffedEvent {
  id: string;
  status: string;
  roles: readonly { count: number }[];
  occurrences: readonly { startsAt: string }[];
}

export interface EventStaffing extends EventStaffingSummary {
  eventId: string;
  shifts: ShiftStaffing[];
}

/** Needed, confirmed and waitlisted per event and per shift, with the at-risk flags (counts only: no one's contacts). */
@Injectable()
export class EventStaffingService {
  constructor(
    private readonly staffing: EventStaffingRepository,
    private readonly registrations: EventRegistrationService,
  ) {}

  async forEvent(principal: Principal, id: string, now = new Date()): Promise<EventStaffing> {
    const { event } = await this.registrations.get(principal, id);
    return (await this.forEvents([event], now))[0];
  }

  /** The staffing of events the caller has already been allowed to see. */
  async forEvents(events: readonly StaffedEvent[], now = new Date()): Promise<EventStaffing[]> {
    const rows = await this.staffing.ofEvents(events.map((e) => e.id));
    return events.map((event) => {
      const shifts = rows
        .filter((r) => r.eventId === event.id)
        .map((r) => ({ ...r, atRisk: shiftAtRisk(r, now) }));
      const needed = event.roles.reduce((n, r) => n + r.count, 0) * event.occurrences.length;
      const summary = eventStaffing(
        {
          approved: event.status === 'approved',
          needed,
          occurrenceStarts: event.occurrences.map((o) => new Date(o.startsAt)),
        },
        shifts,
        now,
      );
      return { eventId: event.id, ...summary, shifts };
    });
  }
}
