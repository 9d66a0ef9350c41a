import { ApiError, type Schemas } from '../../api/client';
import { fieldErrors } from '../../api/errors';

/** Who the volunteer asks to confirm: the station, the team of a shift they served, or a partner. */
export type DeclareFor = 'station' | 'shift' | 'partner';

export interface DeclareValues {
  activity: string;
  /** YYYY-MM-DD, the day served (not after today in Beijing time). */
  serviceDate: string;
  place: string;
  content: string;
  hours: number;
  contactName: string;
  contactPhone: string;
  for: DeclareFor;
  shiftId?: string;
  partnerOrganisationId?: string;
}

/** Half hours from 0.5 to 8: what the national rules count and one day holds. */
export const HALF_HOURS: readonly number[] = Array.from({ length: 16 }, (_, i) => (i + 1) / 2);

/** What the server takes as a phone number: a mobile or a landline (0535-6661234). */
export const PHONE_PATTERN = /^\+?\d[\d -]{4,18}\d$/;

/** The body of POST /api/hours/declarations: the shift or the partner only when that is who confirms. */
export function declarationBody(v: DeclareValues): Schemas['DeclareHoursDto'] {
  return {
    activity: v.activity.trim(),
    serviceDate: v.serviceDate,
    place: v.place.trim(),
    content: v.content.trim(),
    hours: String(v.hours),
    contactName: v.contactName.trim(),
    contactPhone: v.contactPhone.trim(),
    shiftId: v.for === 'shift' ? v.shiftId : undefined,
    partnerOrganisationId: v.for === 'partner' ? v.partnerOrganisationId : undefined,
  };
}

/** The form field a refused declaration's error is about (the rest show above the form). */
const ERROR_FIELDS: Readonly<Record<string, keyof DeclareValues>> = {
  DECLARATION_IN_FUTURE: 'serviceDate',
  DECLARATION_SHIFT_NOT_FOUND: 'shiftId',
  DECLARATION_SHIFT_NOT_ENDED: 'shiftId',
  DECLARATION_PARTNER_NOT_FOUND: 'partnerOrganisationId',
};

/**
 * The field messages of a refused declaration: a 400's per field, or the one field a 404/422 is about
 * (its message from `message`). Empty when the error belongs to no field.
 */
export function declarationFieldErrors(
  error: unknown,
  message: (error: unknown) => string,
): { name: keyof DeclareValues; errors: string[] }[] {
  const invalid = fieldErrors(error);
  if (invalid.length) return invalid.map((f) => ({ name: f.name as keyof DeclareValues, errors: f.errors }));
  const field = error instanceof ApiError ? ERROR_FIELDS[error.code] : undefined;
  return field ? [{ name: field, errors: [message(error)] }] : [];
}

/** The shifts a declaration may name: ones the volunteer was confirmed on that have ended, not cancelled. */
export function endedShifts(
  assignments: readonly Schemas['AssignmentView'][],
  now: Date = new Date(),
): Schemas['AssignmentShiftView'][] {
  return assignments
    .filter(
      (a) =>
        a.status === 'confirmed' &&
        a.shift.status !== 'cancelled' &&
        Date.parse(a.shift.endsAt) <= now.getTime(),
    )
    .map((a) => a.shift);
}
