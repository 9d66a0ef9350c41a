import type { EventPayload, EventSubject } from '@linkage/contracts';
import { DomainEvents, domainEventHandler } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';

/**
 * What happened inside the volunteers service, as its features tell each other: the JetStream subjects
 * (libs/contracts) with their payloads, plus the subjects no other service hears of, declared here and
 * only here. In-process subjects carry no version: they are not a wire contract and change with the
 * code. Their payloads are plain data, not another feature's entity, so this folder depends on no
 * feature and any feature may publish or listen.
 */
export type VolunteersEventMap = { [S in EventSubject]: EventPayload<S> } & InProcessEvents;

export interface InProcessEvents {
  /** An attendance got its check-out (by a scan or recorded by hand): hours follow. */
  'volunteers.attendance.checked-out': AttendanceCheckedOut;
  /** A shift was made from another context (a partner event's role and occurrence). */
  'volunteers.shift.created': ShiftCreated;
  /** A shift's details changed, or it was cancelled or marked completed. */
  'volunteers.shift.changed': ShiftChanged;
  /** A change to a shift freed seats (more capacity, sign-ups reopened): the waitlist is served. */
  'volunteers.shift.seats-freed': { shiftId: string };
  /** An hours record's hours were set by hand; `verified` says whether they already counted. */
  'volunteers.hours.adjusted': HoursAdjusted;
}

export interface AttendanceCheckedOut {
  attendanceId: string;
  shiftId: string;
  volunteerId: string;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  /** The account that recorded the check-out (the volunteer scanning, or a manager). */
  recordedBy: string;
}

export type ShiftChange = 'changed' | 'cancelled' | 'completed';

export interface ShiftChanged {
  change: ShiftChange;
  /** The shift as it stands after the change, in the publisher's transaction. */
  shift: {
    id: string;
    title: string;
    venue: string;
    startsAt: Date;
    capacity: number;
    cancelReason: string | null;
    sourceType: string;
    sourceId: string | null;
    sourceRef: string | null;
  };
}

export interface ShiftCreated {
  shift: ShiftChanged['shift'];
}

export interface HoursAdjusted {
  hoursRecordId: string;
  volunteerId: string;
  adjustmentId: string;
  /** The new hours, two decimals. */
  hours: string;
  verified: boolean;
  adjustedBy: string;
}

/** The volunteers service's event bus: handlers run in the publisher's transaction, in order. */
@Injectable()
export class VolunteersEvents extends DomainEvents<VolunteersEventMap> {}

/** Marks a provider method as a handler of one of the subjects above. */
export const OnVolunteersEvent = domainEventHandler<VolunteersEventMap>();
