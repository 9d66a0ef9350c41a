import { notFoundOrDenied, type AuditLog } from '@linkage/auth';
import { EventRegistrationError } from './event-registration.error';
import type { EventRegistrationRepository } from './event-registration.repository';

/**
 * Missing and another organisation's event look the same to the caller (404, same body); an event that
 * exists outside the caller's scope is recorded as a denied attempt.
 */
export function eventNotFound(
  audit: AuditLog,
  events: EventRegistrationRepository,
  action: string,
  id: string,
): Promise<never> {
  return notFoundOrDenied(
    audit,
    { action, recordType: 'partner_event', recordId: id, existsOutsideScope: () => events.exists(id) },
    new EventRegistrationError('EVENT_NOT_FOUND', `No event with id ${id}.`),
  );
}
