import type { FieldError } from '@linkage/errors';

/** A shift lasts at most this long; anything longer is a typo or should be several shifts. */
export const MAX_SHIFT_HOURS = 24;

export interface Schedule {
  startsAt: Date;
  endsAt: Date;
  opensAt: Date | null;
  closesAt: Date | null;
}

/**
 * What is wrong with a shift's times, as field errors (empty when nothing is). Sign-ups may open any
 * time before the shift ends and must close by its end; without a closing time they close when the
 * shift starts (see signup-window.rule.ts).
 */
export function scheduleErrors(s: Schedule): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string): void => void errors.push({ field, messages: [message] });
  if (s.endsAt <= s.startsAt) add('endsAt', 'endsAt must be later than startsAt');
  else if (s.endsAt.getTime() - s.startsAt.getTime() > MAX_SHIFT_HOURS * 3_600_000)
    add('endsAt', `a shift lasts at most ${MAX_SHIFT_HOURS} hours`);
  if (s.opensAt && s.opensAt >= s.endsAt) add('opensAt', 'opensAt must be earlier than endsAt');
  if (s.closesAt && s.opensAt && s.closesAt <= s.opensAt)
    add('closesAt', 'closesAt must be later than opensAt');
  else if (s.closesAt && s.closesAt > s.endsAt) add('closesAt', 'closesAt must not be later than endsAt');
  return errors;
}
