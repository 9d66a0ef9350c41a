import type { FieldError } from '@linkage/errors';

/** A screening session is a half day or a day at a community centre; volunteers' shifts allow 24 hours. */
export const MAX_SESSION_HOURS = 12;

/** What is wrong with a session's times (end after start, at most MAX_SESSION_HOURS): field errors. */
export function timesProblems(startsAt: Date, endsAt: Date): FieldError[] {
  if (endsAt <= startsAt) return [{ field: 'endsAt', messages: ['endsAt must be later than startsAt'] }];
  if (endsAt.getTime() - startsAt.getTime() > MAX_SESSION_HOURS * 3_600_000)
    return [{ field: 'endsAt', messages: [`endsAt is more than ${MAX_SESSION_HOURS} hours after startsAt`] }];
  return [];
}

/** Each role's key once: it names the role's shift in volunteers. */
export function duplicateRoleKeys(roles: readonly { key: string }[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { key } of roles) (seen.has(key) ? twice : seen).add(key);
  return [...twice];
}
