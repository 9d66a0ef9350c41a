import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { PartnersAccess } from '../access/partners.access';
import { EventRegistrationService } from '../event-registrations/event-registration.service';
import type { EventShiftStaffing } from './event-shift-staffing.entity';
import { EventStaffingRepository } from './event-staffing.repository';
import { EventVolunteerRepository } from './event-volunteer.repository';
import { firstName } from './first-name.rule';
import { eventStaffing, shiftAtRisk, type EventStaffingSummary } from './staffing.rule';

export interface ShiftStaffing extends EventShiftStaffing {
  atRisk: boolean;
}

/**
 * A volunteer coming to a shift, as the caller may see them: coordinators and admins the full name and
 * the volunteer's id; a partner member only the first name (firstName) and no id.
 */
export interface ShiftVolunteer {
  volunteerId: string | null;
  name: string | null;
}

export interface ShiftStaffingWithVolunteers extends ShiftStaffing {
  volunteers: ShiftVolunteer[];
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

export interface EventStaffingWithVolunteers extends EventStaffing {
  shifts: ShiftStaffingWithVolunteers[];
}

/**
 * Needed, confirmed and waitlisted per event and per shift, with the at-risk flags; for one event also
 * who is coming to each shift (names only, never contacts).
 */
@Injectable()
export class EventStaffingService {
  constructor(
    private readonly staffing: EventStaffingRepository,
    private readonly registrations: EventRegistrationService,
    private readonly volunteers: EventVolunteerRepository,
    private readonly access: PartnersAccess,
  ) {}

  async forEvent(principal: Principal, id: string, now = new Date()): Promise<EventStaffingWithVolunteers> {
    const { event } = await this.registrations.get(principal, id);
    const [staffing] = await this.forEvents([event], now);
    const full = await this.access.can(principal, 'event.read_volunteers', { ownerId: event.organisationId });
    const coming = await this.volunteers.confirmedOn([event.id]);
    return {
      ...staffing,
      shifts: staffing.shifts.map((shift) => ({
        ...shift,
        volunteers: coming
          .filter((v) => v.shiftId === shift.shiftId)
          .map((v) =>
            full
              ? { volunteerId: v.volunteerId, name: v.name }
              : { volunteerId: null, name: firstName(v.name) },
          ),
      })),
    };
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
