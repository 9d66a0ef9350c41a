import type { PartnerEventCancelledV1, PartnerEventScheduleV1 } from '@linkage/contracts';
import { venueOf, type EventRegistration } from './event-registration.entity';

/** The whole approved event as volunteers turn it into shifts (partners.event.approved/changed.v1). */
export function schedulePayload(e: EventRegistration, organisationName: string): PartnerEventScheduleV1 {
  return {
    eventId: e.id,
    organisationId: e.organisationId,
    organisationName,
    title: e.title,
    description: e.description,
    kind: e.kind,
    community: e.community,
    venue: venueOf(e),
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    roles: e.roles.map((r) => ({ ...r })),
    occurrences: e.occurrences.map((o) => ({ ...o })),
    projectId: e.projectId,
    version: e.version,
    changedAt: e.updatedAt.toISOString(),
  };
}

export function cancelledPayload(e: EventRegistration, reason: string): PartnerEventCancelledV1 {
  return {
    eventId: e.id,
    organisationId: e.organisationId,
    reason,
    version: e.version,
    cancelledAt: e.updatedAt.toISOString(),
  };
}
