import ical, { ICalEventStatus } from 'ical-generator';
import type { Assignment } from '../signups/signup-data';

/**
 * The iCalendar text of a volunteer's confirmed shifts. Event ids are the sign-up ids, stable across
 * fetches, so a subscribed calendar updates an event when the shift moves and drops it when it goes.
 * Times are UTC (…Z): every calendar app shows them in the phone's own zone. The feed names no one:
 * whoever has the URL sees only shifts.
 */
export function calendarFeed(assignments: readonly Assignment[], now: Date): string {
  const calendar = ical({
    name: 'Linkage 志愿服务',
    description: '我确认参加的志愿服务班次',
    prodId: { company: 'Linkage', product: 'volunteers', language: 'ZH' },
    ttl: 3600,
  });
  for (const { signup, shift } of assignments) {
    calendar.createEvent({
      id: `${signup.id}@linkage`,
      start: shift.startsAt,
      end: shift.endsAt,
      stamp: now,
      lastModified: shift.updatedAt > signup.updatedAt ? shift.updatedAt : signup.updatedAt,
      summary: shift.title,
      description: shift.description,
      location: {
        title: shift.venue,
        ...(shift.address ? { address: shift.address } : {}),
        ...(shift.latitude !== null && shift.longitude !== null
          ? { geo: { lat: shift.latitude, lon: shift.longitude } }
          : {}),
      },
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
