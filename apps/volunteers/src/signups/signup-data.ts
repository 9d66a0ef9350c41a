import type { ShiftData } from '../shifts/shift-data';
import type { ShiftStatus } from '../shifts/shift-status';
import type { Signup } from './signup.entity';
import type { SignupStatus } from './signup-status';

/** A sign-up as other features read it (attendance checks it is confirmed): read-only. */
export type SignupData = Readonly<Signup>;

/** A sign-up with its shift, as "my assignments" and the calendar feed show it. */
export interface Assignment {
  signup: Signup;
  shift: ShiftData;
}

/**
 * One row of "my assignments": just what its view shows of the sign-up and its shift, read in one
 * statement with the place in line of a waitlisted sign-up.
 */
export interface AssignmentRow {
  id: string;
  status: SignupStatus;
  waitlistPosition: number | null;
  offerExpiresAt: Date | null;
  shift: {
    id: string;
    title: string;
    venue: string;
    address: string | null;
    latitude: number | null;
    longitude: number | null;
    startsAt: Date;
    endsAt: Date;
    status: ShiftStatus;
    cancelReason: string | null;
    teamId: string | null;
  };
}
