import { localDateTimeOf } from '../time/local-date';
import { AttendanceError } from './attendance.error';

/**
 * When attendance may be taken. A QR check-in counts from a while before the shift starts (people
 * arrive early to set up) until it ends; a check-out from the check-in until a while after the end (the
 * last ones out tidy up). Outside those, the leader or a coordinator records the times by hand, with a
 * reason, and a check-in left without a check-out is flagged as missing one (attendance.entity.ts).
 * Times recorded by hand must have happened: a little clock skew between the recorder's device and the
 * server is forgiven.
 */

export interface AttendanceWindowSettings {
  /** How many minutes before the start a check-in is accepted. */
  checkInOpensMinutes: number;
  /** How many minutes after the end a check-out is still accepted. */
  checkOutClosesMinutes: number;
}

export interface ShiftTimes {
  startsAt: Date;
  endsAt: Date;
}

export interface AttendanceWindow {
  /** The first instant a check-in is accepted. */
  checkInOpensAt: Date;
  /** Check-ins are accepted until this instant, the shift's end (not at it). */
  checkInClosesAt: Date;
  /** The last instant a check-out is accepted. */
  checkOutClosesAt: Date;
}

/** How far ahead of the server's clock a time recorded by hand may be. */
export const MANUAL_CLOCK_SKEW_MS = 2 * 60_000;

const MINUTE_MS = 60_000;

export function attendanceWindow(shift: ShiftTimes, settings: AttendanceWindowSettings): AttendanceWindow {
  return {
    checkInOpensAt: new Date(shift.startsAt.getTime() - settings.checkInOpensMinutes * MINUTE_MS),
    checkInClosesAt: shift.endsAt,
    checkOutClosesAt: new Date(shift.endsAt.getTime() + settings.checkOutClosesMinutes * MINUTE_MS),
  };
}

/** Why a QR check-in at `now` is refused, or null when it is in the window. */
export function checkInRefusal(
  now: Date,
  shift: ShiftTimes,
  settings: AttendanceWindowSettings,
): AttendanceError | null {
  const window = attendanceWindow(shift, settings);
  if (now < window.checkInOpensAt) {
    return new AttendanceError(
      'CHECK_IN_TOO_EARLY',
      `Check-in opens at ${localDateTimeOf(window.checkInOpensAt)}, ` +
        `${minutesText(settings.checkInOpensMinutes, 'before the shift starts')}.`,
      windowDetails(shift, window),
    );
  }
  if (now >= window.checkInClosesAt) {
    return new AttendanceError(
      'CHECK_IN_CLOSED',
      `Check-in closed at ${localDateTimeOf(window.checkInClosesAt)}, when the shift ended; ` +
        'ask the shift’s leader or a coordinator to record your attendance.',
      windowDetails(shift, window),
    );
  }
  return null;
}

/** Why a QR check-out at `now` after a check-in at `checkedInAt` is refused, or null when it is fine. */
export function checkOutRefusal(
  now: Date,
  checkedInAt: Date,
  shift: ShiftTimes,
  settings: AttendanceWindowSettings,
): AttendanceError | null {
  const window = attendanceWindow(shift, settings);
  if (now > window.checkOutClosesAt) {
    return new AttendanceError(
      'CHECK_OUT_CLOSED',
      `Check-out closed at ${localDateTimeOf(window.checkOutClosesAt)}, ` +
        `${minutesText(settings.checkOutClosesMinutes, 'after the shift ended')}; ` +
        'ask the shift’s leader or a coordinator to record your check-out time.',
      windowDetails(shift, window),
    );
  }
  if (now <= checkedInAt) {
    // Only when replicas' clocks disagree: a check-out must leave some time served.
    return new AttendanceError(
      'ATTENDANCE_TIMES_INVALID',
      `The check-out must be after the check-in at ${localDateTimeOf(checkedInAt)}; scan again in a moment.`,
      { checkedInAt: checkedInAt.toISOString() },
    );
  }
  return null;
}

/** Why times recorded by hand are refused because one has not happened yet, or null when both have. */
export function futureAttendanceRefusal(
  now: Date,
  times: { checkedInAt: Date; checkedOutAt: Date | null },
  skewMs = MANUAL_CLOCK_SKEW_MS,
): AttendanceError | null {
  const latestAccepted = new Date(now.getTime() + skewMs);
  const field =
    times.checkedInAt > latestAccepted
      ? 'checkedInAt'
      : times.checkedOutAt && times.checkedOutAt > latestAccepted
        ? 'checkedOutAt'
        : null;
  if (!field) return null;
  const value = times[field]!;
  const advice =
    field === 'checkedInAt'
      ? 'record the attendance once it has happened'
      : 'record the check-out once it has happened, or leave it out for now';
  return new AttendanceError(
    'ATTENDANCE_IN_FUTURE',
    `The ${field === 'checkedInAt' ? 'check-in' : 'check-out'} time ${localDateTimeOf(value)} is later ` +
      `than now (${localDateTimeOf(now)}); ${advice}.`,
    {
      field,
      value: value.toISOString(),
      now: now.toISOString(),
      latestAccepted: latestAccepted.toISOString(),
    },
  );
}

function windowDetails(shift: ShiftTimes, window: AttendanceWindow): Record<string, string> {
  return {
    startsAt: shift.startsAt.toISOString(),
    endsAt: shift.endsAt.toISOString(),
    checkInOpensAt: window.checkInOpensAt.toISOString(),
    checkInClosesAt: window.checkInClosesAt.toISOString(),
    checkOutClosesAt: window.checkOutClosesAt.toISOString(),
  };
}

function minutesText(minutes: number, relation: 'before the shift starts' | 'after the shift ended'): string {
  if (minutes === 0)
    return relation === 'before the shift starts' ? 'when the shift starts' : 'when the shift ended';
  return `${minutes} minute${minutes === 1 ? '' : 's'} ${relation}`;
}
