/**
 * open: taking sign-ups; full: every seat taken (sign-ups join the waitlist); closed: a coordinator
 * stopped sign-ups; cancelled and completed are final. open ⇄ full follows the seats by itself.
 */
export const SHIFT_STATUSES = ['open', 'full', 'closed', 'cancelled', 'completed'] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];

/** What a coordinator may ask for in a PATCH; cancelling has its own endpoint (it needs a reason). */
export const SETTABLE_STATUSES = ['open', 'closed', 'completed'] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

/** auto: a sign-up takes a seat at once; approval: it waits for a coordinator or the team's leader. */
export const SIGNUP_MODES = ['auto', 'approval'] as const;
export type SignupMode = (typeof SIGNUP_MODES)[number];

/** When a seat frees up: the first on the waitlist is confirmed at once, or offered it until a deadline. */
export const WAITLIST_PROMOTIONS = ['auto', 'offer'] as const;
export type WaitlistPromotion = (typeof WAITLIST_PROMOTIONS)[number];

/**
 * Where a shift came from: made here, or through events a screening session, a partner event, or a
 * counselling session that took place (its peer facilitators' hours), or a volunteer's confirmed
 * declaration of hours served outside Linkage.
 */
export const SHIFT_SOURCE_TYPES = [
  'manual',
  'screening_session',
  'partner_event',
  'counselling_session',
  'hours_declaration',
] as const;
export type ShiftSourceType = (typeof SHIFT_SOURCE_TYPES)[number];

export interface ShiftSource {
  type: ShiftSourceType;
  id: string | null;
}

export const MANUAL_SOURCE: ShiftSource = { type: 'manual', id: null };

/** Which shifts a list shows: not yet ended (default), ended, or both. */
export const SHIFT_TIMES = ['upcoming', 'past', 'all'] as const;
export type ShiftTime = (typeof SHIFT_TIMES)[number];

/** The statuses of a shift still in play, which its end turns into completed. */
export const LIVE_STATUSES = ['open', 'full', 'closed'] as const;

/** A shift is over from the instant it ends: no more sign-ups or check-ins. */
export function isOver(endsAt: Date, now: Date): boolean {
  return now.getTime() >= endsAt.getTime();
}

/**
 * The status everyone sees: an open, full or closed shift whose end has passed is completed, whether or
 * not anyone marked it so (marking it still records the no-shows and the leaders' points). Cancelled and
 * completed stay as they are.
 */
export function shownStatus(status: ShiftStatus, endsAt: Date, now: Date): ShiftStatus {
  return (LIVE_STATUSES as readonly ShiftStatus[]).includes(status) && isOver(endsAt, now)
    ? 'completed'
    : status;
}

/** Whether a shift in this status takes sign-ups (a full one still takes them, onto the waitlist). */
export function takesSignups(status: ShiftStatus): boolean {
  return status === 'open' || status === 'full';
}

/** open or full as the seats say; any other status stays as it is. */
export function statusForSeats(status: ShiftStatus, seatsTaken: number, capacity: number): ShiftStatus {
  if (status !== 'open' && status !== 'full') return status;
  return seatsTaken >= capacity ? 'full' : 'open';
}

/**
 * The status after a coordinator asks for `requested`, or null when that move is not allowed:
 * cancelled and completed shifts stay as they are; asking for open gives full when no seat is free.
 */
export function requestedStatus(
  current: ShiftStatus,
  requested: SettableStatus,
  seatsTaken: number,
  capacity: number,
): ShiftStatus | null {
  if (current === 'cancelled' || current === 'completed') return current === requested ? current : null;
  if (requested === 'open') return statusForSeats('open', seatsTaken, capacity);
  return requested;
}
