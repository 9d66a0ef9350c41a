import type { Shift } from './shift.entity';

/**
 * A shift's row as other features read it (sign-ups, attendance, hours): read-only, because only this
 * feature changes a shift, through ShiftService and ShiftSeats.
 */
export type ShiftData = Readonly<Shift>;
