import { moduleError } from '@linkage/errors';

export const CalendarErrorCode = {
  CALENDAR_NOT_FOUND: 'not_found',
} as const;

export class CalendarError extends moduleError(CalendarErrorCode, {
  CALENDAR_NOT_FOUND: 'No calendar at this address.',
}) {}
