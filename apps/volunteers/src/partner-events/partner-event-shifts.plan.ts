import type { PartnerEventScheduleV1 } from '@linkage/contracts';
import { coordinate, type DesiredShift, shiftTitle } from '../shifts/sourced-shifts.plan';

export function shiftRef(roleKey: string, occurrenceKey: string): string {
  return `${roleKey}@${occurrenceKey}`;
}

/**
 * The shifts a partner event's schedule asks for: every role at every occurrence, named
 * `<role key>@<occurrence key>`. The title is `<event title> · <role name>`, the event's title shortened
 * (with …) so the whole fits the column; the description is the event's with the contact on the day;
 * the venue is the event's. How they become shifts is the shifts feature's plan (sourced-shifts.plan.ts).
 */
export function desiredShifts(schedule: PartnerEventScheduleV1): DesiredShift[] {
  const contact = [schedule.contactName, schedule.contactPhone].filter(Boolean).join(' ');
  const description =
    [schedule.description?.trim() || null, contact ? `当天联系人：${contact}` : null]
      .filter(Boolean)
      .join('\n\n') || null;
  return schedule.occurrences.flatMap((occurrence) =>
    schedule.roles.map((role) => ({
      ref: shiftRef(role.key, occurrence.key),
      fields: {
        title: shiftTitle(schedule.title, role.name),
        description,
        venue: schedule.venue.name,
        address: schedule.venue.address ?? null,
        latitude: coordinate(schedule.venue.latitude),
        longitude: coordinate(schedule.venue.longitude),
        startsAt: new Date(occurrence.startsAt),
        endsAt: new Date(occurrence.endsAt),
        capacity: role.count,
        requiredSkills: [...role.requiredSkills],
        requiredCertifications: [...role.requiredCertifications],
        signupMode: role.signupMode,
      },
    })),
  );
}
