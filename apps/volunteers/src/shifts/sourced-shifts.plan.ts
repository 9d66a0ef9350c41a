import { MAX_SHIFT_HOURS } from './shift-schedule.rule';
import type { SourcedShiftFields } from './sourced-shifts.service';
import { keptCapacity } from './sourced-shift.rule';

/** The shifts column's length, in characters as utf8mb4 counts them (code points). */
const MAX_TITLE_CHARS = 200;
const TITLE_SEPARATOR = ' · ';

/** Said to the volunteers of a shift whose role or date its source (a partner event, a session) removed. */
export const REMOVED_FROM_SOURCE_REASON = '活动调整：该岗位或场次已取消';

/**
 * A shift a source's schedule asks for, named by a ref stable across the source's changes (a partner
 * event's `<role>@<occurrence>`, a screening session's `<role>`).
 */
export interface DesiredShift {
  ref: string;
  fields: SourcedShiftFields;
}

/** A shift of the source as it stands (locked), as the plan compares it. */
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

/**
 * `<head><tail>` within the column, counting characters as MySQL's utf8mb4 does: the head (an event's
 * title, a campaign's name) is shortened with … so that the tail (` · <role name>`) is kept whole.
 */
export function fitTitle(head: string, tail: string): string {
  const suffix = [...tail];
  const title = [...head];
  if (title.length + suffix.length <= MAX_TITLE_CHARS) return `${head}${tail}`;
  const room = Math.max(0, MAX_TITLE_CHARS - suffix.length - 1);
  return [...title.slice(0, room), '…', ...suffix].slice(0, MAX_TITLE_CHARS).join('');
}

/** `<event title> · <role name>` within the column. */
export function shiftTitle(eventTitle: string, roleName: string): string {
  return fitTitle(eventTitle, `${TITLE_SEPARATOR}${roleName}`);
}

/**
 * What to do to a source's shifts so they follow its schedule:
 * - a ref with no shift yet: create it (unless it is over or its times cannot be a shift);
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
    if (fields.endsAt <= now) continue; // over as the source now has it: leave it
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
      steps.push({ kind: 'cancel', shiftId: shift.id, ref: shift.ref, reason: REMOVED_FROM_SOURCE_REASON });
    }
  }
  return steps;
}

/** The source was cancelled: every shift not yet over is cancelled with its reason. */
export function planCancellation(
  current: readonly CurrentShift[],
  reason: string,
  now: Date,
): ShiftPlanStep[] {
  return current
    .filter((shift) => isLive(shift, now))
    .map((shift) => ({ kind: 'cancel' as const, shiftId: shift.id, ref: shift.ref, reason }));
}

/** Coordinates as the DECIMAL(9,6) columns keep them, so an unchanged venue compares equal. */
export function coordinate(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 1e6) / 1e6;
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
