import type { PartnerEventScheduleV1 } from '@linkage/contracts';
import type { SourcedShiftFields } from '../shifts/sourced-shifts.service';
import { MAX_SHIFT_HOURS } from '../shifts/shift-schedule.rule';
import { keptCapacity } from '../shifts/sourced-shift.rule';

/** The shifts column's length, in characters as utf8mb4 counts them (code points). */
const MAX_TITLE_CHARS = 200;
const TITLE_SEPARATOR = ' · ';

/** Said to the volunteers of a shift whose role or date the partner removed from its event. */
export const REMOVED_FROM_EVENT_REASON = '活动调整：该岗位或场次已取消';

/** A shift the schedule asks for: one per role and occurrence, named by `<role key>@<occurrence key>`. */
export interface DesiredShift {
  ref: string;
  fields: SourcedShiftFields;
}

/** A shift of the event as it stands (locked), as the plan compares it. */
export interface CurrentShift extends SourcedShiftFields {
  id: string;
  ref: string | null;
  status: string;
  seatsTaken: number;
}

export type ShiftPlanStep =
  | { kind: 'create'; ref: string; fields: SourcedShiftFields }
  | { kind: 'update'; shiftId: string; ref: string; changes: Partial<SourcedShiftFields> }
  | { kind: 'cancel'; shiftId: string; ref: string | null; reason: string }
  /** Asked for but not done, with why (an occurrence that cannot be a shift, a cancelled shift asked back). */
  | { kind: 'skip'; ref: string; why: string };

export function shiftRef(roleKey: string, occurrenceKey: string): string {
  return `${roleKey}@${occurrenceKey}`;
}

/**
 * The shifts a partner event's schedule asks for: every role at every occurrence. The title is
 * `<event title> · <role name>`, the event's title shortened (with …) so the whole fits the column; the
 * description is the event's with the contact on the day; the venue is the event's.
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

/** `<event title> · <role name>` within the column, counting characters as MySQL's utf8mb4 does. */
export function shiftTitle(eventTitle: string, roleName: string): string {
  const suffix = [...`${TITLE_SEPARATOR}${roleName}`];
  const title = [...eventTitle];
  if (title.length + suffix.length <= MAX_TITLE_CHARS) return `${eventTitle}${suffix.join('')}`;
  const room = Math.max(0, MAX_TITLE_CHARS - suffix.length - 1);
  return [...title.slice(0, room), '…', ...suffix].slice(0, MAX_TITLE_CHARS).join('');
}

/**
 * What to do to an event's shifts so they follow its schedule:
 * - a ref with no shift yet: create it (unless the occurrence is over or its times cannot be a shift);
 * - a ref with a live shift: update it with what differs, and only when something does;
 * - a live shift whose ref the schedule no longer has (a role or date removed): cancel it;
 * - a shift already over, and a cancelled or completed one, is left alone (it happened, or was called
 *   off; a cancelled shift is not brought back, so a ref asked for again is skipped and said so).
 * Capacity compares as the shift would keep it, max(count, seats taken), so a lowered count below the
 * places taken is not a change that repeats on every copy of the schedule.
 */
export function planShifts(
  current: readonly CurrentShift[],
  desired: readonly DesiredShift[],
  now: Date,
): ShiftPlanStep[] {
  const byRef = new Map(current.filter((s) => s.ref !== null).map((s) => [s.ref!, s]));
  const steps: ShiftPlanStep[] = [];
  for (const { ref, fields } of desired) {
    const shift = byRef.get(ref);
    if (!shift) {
      const why = unschedulable(fields, now);
      steps.push(why ? { kind: 'skip', ref, why } : { kind: 'create', ref, fields });
      continue;
    }
    if (!isLive(shift, now)) {
      if (shift.status === 'cancelled') steps.push({ kind: 'skip', ref, why: 'the shift was cancelled' });
      continue;
    }
    if (fields.endsAt <= now) continue; // the occurrence is over as the partner now has it: leave it
    const why = unschedulable(fields, now);
    if (why) {
      steps.push({ kind: 'skip', ref, why });
      continue;
    }
    const changes = differences(shift, fields);
    if (Object.keys(changes).length > 0) steps.push({ kind: 'update', shiftId: shift.id, ref, changes });
  }
  const wanted = new Set(desired.map((d) => d.ref));
  for (const shift of current) {
    if (isLive(shift, now) && shift.ref !== null && !wanted.has(shift.ref)) {
      steps.push({ kind: 'cancel', shiftId: shift.id, ref: shift.ref, reason: REMOVED_FROM_EVENT_REASON });
    }
  }
  return steps;
}

/** The event was cancelled: every shift not yet over is cancelled with the partner's reason. */
export function planCancellation(
  current: readonly CurrentShift[],
  reason: string,
  now: Date,
): ShiftPlanStep[] {
  return current
    .filter((shift) => isLive(shift, now))
    .map((shift) => ({ kind: 'cancel' as const, shiftId: shift.id, ref: shift.ref, reason }));
}

/** Not cancelled, not marked completed, not yet ended. */
function isLive(shift: CurrentShift, now: Date): boolean {
  return shift.status !== 'cancelled' && shift.status !== 'completed' && shift.endsAt > now;
}

function unschedulable(fields: SourcedShiftFields, now: Date): string | null {
  if (fields.endsAt <= now) return 'the occurrence is over';
  if (fields.endsAt <= fields.startsAt) return 'the occurrence ends before it starts';
  if (fields.endsAt.getTime() - fields.startsAt.getTime() > MAX_SHIFT_HOURS * 3_600_000)
    return `the occurrence is longer than ${MAX_SHIFT_HOURS} hours`;
  return null;
}

function differences(shift: CurrentShift, fields: SourcedShiftFields): Partial<SourcedShiftFields> {
  const changes: Partial<SourcedShiftFields> = {};
  const set = <K extends keyof SourcedShiftFields>(key: K, value: SourcedShiftFields[K]) => {
    changes[key] = value;
  };
  for (const key of [
    'title',
    'description',
    'venue',
    'address',
    'latitude',
    'longitude',
    'signupMode',
  ] as const)
    if (shift[key] !== fields[key]) set(key, fields[key]);
  for (const key of ['startsAt', 'endsAt'] as const)
    if (shift[key].getTime() !== fields[key].getTime()) set(key, fields[key]);
  for (const key of ['requiredSkills', 'requiredCertifications'] as const)
    if (JSON.stringify(shift[key]) !== JSON.stringify(fields[key])) set(key, fields[key]);
  if (keptCapacity(fields.capacity, shift.seatsTaken) !== shift.capacity) set('capacity', fields.capacity);
  return changes;
}

/** Coordinates as the DECIMAL(9,6) columns keep them, so an unchanged venue compares equal. */
function coordinate(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 1e6) / 1e6;
}
