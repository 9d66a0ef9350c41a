/**
 * A session is scheduled (changes keep it scheduled, with a higher version), then cancelled or
 * completed; neither of those changes again.
 */
export const SESSION_STATUSES = ['scheduled', 'cancelled', 'completed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
