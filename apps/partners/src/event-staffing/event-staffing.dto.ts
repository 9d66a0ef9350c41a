import { ApiProperty } from '@nestjs/swagger';
import type {
  EventStaffingWithVolunteers,
  ShiftStaffingWithVolunteers,
  ShiftVolunteer,
} from './event-staffing.service';

/** A volunteer coming to the shift: a partner member sees only the first name, coordinators everything. */
export class ShiftVolunteerView {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '0192b7e2-9e5f-7a6b-8c7d-0e1f2a3b4c5d',
    description: 'For coordinators and admins; null for a partner member',
  })
  volunteerId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '晓雯',
    description:
      'Coordinators and admins: the full name (李晓雯). A partner member: the first name only — the given name of a 2–4 character Chinese name, else the first word. Null when volunteers did not say.',
  })
  name: string | null;

  static of(v: ShiftVolunteer): ShiftVolunteerView {
    return { volunteerId: v.volunteerId, name: v.name };
  }
}

export class EventShiftStaffingView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a' }) shiftId: string;
  @ApiProperty({ nullable: true, type: String, example: 'guide', description: 'Once volunteers reports it' })
  roleKey: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '2026-12-05',
    description: 'Once volunteers reports it',
  })
  occurrenceKey: string | null;
  @ApiProperty({ example: 4, description: 'Places' }) capacity: number;
  @ApiProperty({ example: 3 }) confirmed: number;
  @ApiProperty({ example: 1 }) waitlisted: number;
  @ApiProperty({ example: 0, description: 'Sign-ups waiting for approval' }) pending: number;
  @ApiProperty({ format: 'date-time', example: '2026-12-05T01:00:00.000Z' }) startsAt: string;
  @ApiProperty({ example: true, description: 'Under-staffed within 48 hours of its start' }) atRisk: boolean;
  @ApiProperty({ format: 'date-time', example: '2026-12-03T08:15:00.000Z' }) countedAt: string;
  @ApiProperty({
    type: [ShiftVolunteerView],
    description: 'The volunteers confirmed on it, in the order they came',
  })
  volunteers: ShiftVolunteerView[];

  static of(s: ShiftStaffingWithVolunteers): EventShiftStaffingView {
    return {
      shiftId: s.shiftId,
      roleKey: s.roleKey,
      occurrenceKey: s.occurrenceKey,
      capacity: s.capacity,
      confirmed: s.confirmed,
      waitlisted: s.waitlisted,
      pending: s.pending,
      startsAt: s.startsAt.toISOString(),
      atRisk: s.atRisk,
      countedAt: s.countedAt.toISOString(),
      volunteers: s.volunteers.map((v) => ShiftVolunteerView.of(v)),
    };
  }
}

export class EventStaffingView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c' }) eventId: string;
  @ApiProperty({ example: 6, description: "Roles' counts × occurrences" }) needed: number;
  @ApiProperty({ example: 5 }) confirmed: number;
  @ApiProperty({ example: 2 }) waitlisted: number;
  @ApiProperty({ example: 0 }) pending: number;
  @ApiProperty({ example: false }) fullyStaffed: boolean;
  @ApiProperty({ example: true, description: 'Approved and under-staffed within 48 hours of a start' })
  atRisk: boolean;
  @ApiProperty({ type: [EventShiftStaffingView], description: 'Soonest first' })
  shifts: EventShiftStaffingView[];

  static of(s: EventStaffingWithVolunteers): EventStaffingView {
    return {
      eventId: s.eventId,
      needed: s.needed,
      confirmed: s.confirmed,
      waitlisted: s.waitlisted,
      pending: s.pending,
      fullyStaffed: s.fullyStaffed,
      atRisk: s.atRisk,
      shifts: s.shifts.map((shift) => EventShiftStaffingView.of(shift)),
    };
  }
}
