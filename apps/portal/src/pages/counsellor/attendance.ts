import type { Schemas } from '../../api/client';

type Enrolment = Schemas['EnrolmentView'];
type Line = Schemas['SessionAttendanceView'];
export type AttendanceEntry = Schemas['AttendanceEntryDto'];

/** The members on a session's list: the active ones, and anyone already marked (withdrawn since). */
export function attendanceRows(
  enrolments: readonly Enrolment[],
  lines: readonly Line[],
): { enrolment: Enrolment; line: Line | null }[] {
  const byMember = new Map(lines.map((l) => [l.enrolmentId, l]));
  return enrolments
    .filter((e) => e.status === 'active' || byMember.has(e.id))
    .map((enrolment) => ({ enrolment, line: byMember.get(enrolment.id) ?? null }));
}

/** One tap: this member present, or absent with the reason if one was given. */
export function oneEntry(enrolmentId: string, present: boolean, reason?: string): AttendanceEntry {
  const absenceReason = reason?.trim();
  return present
    ? { enrolmentId, status: 'present' }
    : { enrolmentId, status: 'absent', ...(absenceReason ? { absenceReason } : {}) };
}

/** "The rest present" in one request: every active member not marked yet (a tapped one stays as tapped). */
export function allPresentEntries(
  enrolments: readonly Enrolment[],
  lines: readonly Line[],
): AttendanceEntry[] {
  const marked = new Set(lines.map((l) => l.enrolmentId));
  return enrolments
    .filter((e) => e.status === 'active' && !marked.has(e.id))
    .map((e) => oneEntry(e.id, true));
}
