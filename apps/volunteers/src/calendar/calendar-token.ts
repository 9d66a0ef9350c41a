import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: the whole secret of a feed URL. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newCalendarToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashCalendarToken(token) };
}

/**
 * Only this hash is stored. A token has 256 random bits, so a plain SHA-256 is enough: there is
 * nothing to guess, and a stolen table gives no URL that works.
 */
export function hashCalendarToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function looksLikeCalendarToken(text: string): boolean {
  return TOKEN.test(text);
}

export function calendarFeedPath(token: string): string {
  return `/api/calendar/${token}.ics`;
}
