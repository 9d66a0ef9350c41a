/**
 * pending: waits for a coordinator's or leader's approval (holds no seat);
 * confirmed: holds a seat; waitlisted: in line with a ticket;
 * offered: a freed seat is held for them until a deadline;
 * cancelled, rejected, expired (an offer not claimed in time): ended.
 */
export const SIGNUP_STATUSES = [
  'pending',
  'confirmed',
  'waitlisted',
  'offered',
  'cancelled',
  'rejected',
  'expired',
] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/** Statuses in which the sign-up is still alive: signing up again answers it instead of a new one. */
export function isActive(status: SignupStatus): boolean {
  return status === 'pending' || status === 'confirmed' || status === 'waitlisted' || status === 'offered';
}

/** Statuses counted in the shift's seats_taken. */
export function holdsSeat(status: SignupStatus): boolean {
  return status === 'confirmed' || status === 'offered';
}
