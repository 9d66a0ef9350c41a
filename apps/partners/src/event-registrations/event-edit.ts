import type { CreateEventRegistrationDto, UpdateEventRegistrationDto } from './event-registration.dto';
import type { EventRegistration } from './event-registration.entity';
import { EventRegistrationError } from './event-registration.error';
import { expandOccurrences } from './event-occurrences.rule';

type EventInput = Omit<CreateEventRegistrationDto, 'organisationId'>;

/** The fields a change to an approved event names in its history. */
const FIELDS = [
  'title',
  'description',
  'kind',
  'community',
  'venue',
  'schedule',
  'roles',
  'contact',
  'attachments',
  'projectId',
] as const;
export type EventField = (typeof FIELDS)[number];

/**
 * Sets the given fields on the event (all of them for a new one), expands its schedule again when that
 * changed, and answers which fields were given. Throws a 400 naming the field for a schedule that does
 * not expand and for two roles with one key.
 */
export function applyInput(
  event: EventRegistration,
  input: Partial<EventInput> | UpdateEventRegistrationDto,
): EventField[] {
  if (input.title !== undefined) event.title = input.title;
  if (input.description !== undefined) event.description = input.description ?? null;
  if (input.kind !== undefined) event.kind = input.kind;
  if (input.community !== undefined) event.community = input.community || null;
  if (input.projectId !== undefined) event.projectId = input.projectId ?? null;
  if (input.venue) {
    event.venueName = input.venue.name;
    event.venueAddress = input.venue.address || null;
    event.venueLatitude = input.venue.latitude ?? null;
    event.venueLongitude = input.venue.longitude ?? null;
  }
  if (input.contact !== undefined) {
    event.contactName = input.contact?.name ?? null;
    event.contactPhone = input.contact?.phone ?? null;
  }
  if (input.attachments !== undefined) {
    event.attachments = input.attachments.map((a) => ({
      name: a.name,
      url: a.url ?? null,
      storageKey: a.storageKey ?? null,
      size: a.size,
      mimeType: a.mimeType,
    }));
  }
  if (input.roles) {
    const seen = new Set<string>();
    const duplicates = input.roles.flatMap((role, i) => {
      const duplicate = seen.has(role.key);
      seen.add(role.key);
      return duplicate
        ? [{ field: `roles.${i}.key`, messages: [`key "${role.key}" is used by another role`] }]
        : [];
    });
    if (duplicates.length > 0)
      throw new EventRegistrationError(
        'EVENT_ROLES_INVALID',
        'Each role needs its own key; see details.',
        duplicates,
      );
    event.roles = input.roles.map((r) => ({
      key: r.key,
      name: r.name,
      count: r.count,
      requiredSkills: r.requiredSkills ?? [],
      requiredCertifications: r.requiredCertifications ?? [],
      signupMode: r.signupMode ?? 'auto',
    }));
  }
  if (input.schedule) {
    const startsAt = new Date(input.schedule.startsAt);
    const endsAt = new Date(input.schedule.endsAt);
    const recurrence = input.schedule.recurrence
      ? {
          daysOfWeek: [...input.schedule.recurrence.daysOfWeek].sort((a, b) => a - b),
          until: input.schedule.recurrence.until,
        }
      : null;
    const occurrences = expandOccurrences({ startsAt, endsAt, recurrence });
    if (!Array.isArray(occurrences))
      throw new EventRegistrationError(
        'EVENT_SCHEDULE_INVALID',
        "The event's schedule does not fit together; see details.",
        [{ field: occurrences.field, messages: [occurrences.message] }],
      );
    event.startsAt = startsAt;
    event.endsAt = endsAt;
    event.recurrence = recurrence;
    event.occurrences = occurrences.map((o) => ({
      key: o.key,
      startsAt: o.startsAt.toISOString(),
      endsAt: o.endsAt.toISOString(),
    }));
    event.firstStartsAt = occurrences[0].startsAt;
    event.lastEndsAt = occurrences[occurrences.length - 1].endsAt;
  }
  return FIELDS.filter((field) => input[field] !== undefined);
}
