import { derivedKey } from '../hours/derived-key';
import type { SourcedShiftFields } from '../shifts/sourced-shifts.service';

/** At most what one day may count (hours-rules' daily limit); the form asks in half hours. */
export const MAX_DECLARED_HOURS = 8;

/**
 * The times the hours record of a confirmed declaration is computed from. A declaration says the date and
 * how long, not the clock: the span is laid from 09:00 station time (UTC+8) for the declared hours, so it
 * stays within the day (at most 8 h) and the usual rules (half-hour units, 8 h a day across all the
 * volunteer's records) apply to it as to a check-out.
 */
export function declaredSpan(serviceDate: string, hours: string): { checkedInAt: Date; checkedOutAt: Date } {
  const checkedInAt = new Date(`${serviceDate}T09:00:00+08:00`);
  return {
    checkedInAt,
    checkedOutAt: new Date(checkedInAt.getTime() + Math.round(Number(hours) * 60) * 60_000),
  };
}

/**
 * The attendance key of a declaration's hours record: derived from the declaration, so the hours
 * records' unique attendance key holds one record per declaration however often it is confirmed.
 */
export function declarationAttendanceId(declarationId: string): string {
  return derivedKey(`hours_declaration:${declarationId}`);
}

/**
 * The completed shift an off-system declaration's hours are recorded on (certificates and hand-over read
 * the activity and place from a record's shift): the declared activity, place and content.
 */
export function declarationShift(declaration: {
  activity: string;
  place: string;
  content: string;
  serviceDate: string;
  hours: string;
  partnerOrganisationName: string | null;
}): SourcedShiftFields {
  const span = declaredSpan(declaration.serviceDate, declaration.hours);
  return {
    title: declaration.activity,
    description: declaration.partnerOrganisationName
      ? `${declaration.content}（${declaration.partnerOrganisationName}组织）`
      : declaration.content,
    venue: declaration.place,
    address: null,
    latitude: null,
    longitude: null,
    startsAt: span.checkedInAt,
    endsAt: span.checkedOutAt,
    capacity: 1,
    requiredSkills: [],
    requiredCertifications: [],
    signupMode: 'approval',
  };
}
