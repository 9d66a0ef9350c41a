import type { SessionRole } from './session.entity';
import type { SessionStatus } from './session-status';

/** One session shift's counts, as volunteers last published them. */
export interface ShiftStaffing {
  shiftId: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  pending: number;
  countedAt: Date;
}

export interface SessionStaffing {
  needed: number;
  confirmed: number;
  waitlisted: number;
  pending: number;
  shifts: ShiftStaffing[];
}

/**
 * Needed is what the session asks for (the roles' counts; nothing once cancelled); confirmed,
 * waitlisted and pending add up its shifts' counts. Shifts volunteers has not counted yet count 0.
 */
export function sessionStaffing(
  session: { status: SessionStatus; roles: readonly SessionRole[] },
  shifts: readonly ShiftStaffing[],
): SessionStaffing {
  const sum = (key: 'confirmed' | 'waitlisted' | 'pending') => shifts.reduce((n, s) => n + s[key], 0);
  return {
    needed: session.status === 'cancelled' ? 0 : session.roles.reduce((n, r) => n + r.count, 0),
    confirmed: sum('confirmed'),
    waitlisted: sum('waitlisted'),
    pending: sum('pending'),
    shifts: [...shifts],
  };
}
