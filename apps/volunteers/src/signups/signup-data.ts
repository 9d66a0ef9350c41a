import type { ShiftData } from '../shifts/shift-data';
import type { Signup } from './signup.entity';

/** A sign-up as other features read it (attendance checks it is confirmed): read-only. */
export type SignupData = Readonly<Signup>;

/** A sign-up with its shift, as "my assignments" and the calendar feed show it. */
export interface Assignment {
  signup: Signup;
  shift: ShiftData;
}
