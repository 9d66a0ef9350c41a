import { moduleError } from '@linkage/errors';

export const EventHoursErrorCode = {
  EVENT_HOURS_NOT_FOUND: 'not_found',
  EVENT_HOURS_ALREADY_CONFIRMED: 'conflict',
} as const;

export class EventHoursError extends moduleError(EventHoursErrorCode, {
  EVENT_HOURS_NOT_FOUND: 'No hours record 0192b7e2-e3f4-7a5b-9c6d-7e8f9a0b1c2d at this event.',
  EVENT_HOURS_ALREADY_CONFIRMED: {
    message: 'These hours were confirmed already and count as verified; ask the coordinator to correct them.',
    details: { decision: 'confirmed' },
  },
}) {}
