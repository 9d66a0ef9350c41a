import { addDays, daysBetween } from '../check-ins/local-date';

/** Whole local days without a check-in after which a member's buddy is nudged. */
export const QUIET_DAYS = 3;

/** A run of days without a check-in: from its first day, and how many whole days it has lasted. */
export interface QuietSpell {
  startsOn: string;
  quietDays: number;
}

/**
 * The member's quiet spell as of `today` (Asia/Shanghai days), when it has lasted QUIET_DAYS whole days:
 * it starts the day after their last check-in, or the day they were paired when that is later (a buddy
 * answers for the days since pairing only). Today does not count: it is not over. Null when not quiet
 * long enough. The start names the spell, so each spell is nudged once whatever the job's runs.
 */
export function quietSpell(lastCheckInOn: string | null, pairedOn: string, today: string): QuietSpell | null {
  const afterLast = lastCheckInOn ? addDays(lastCheckInOn, 1) : pairedOn;
  const startsOn = afterLast > pairedOn ? afterLast : pairedOn;
  const quietDays = daysBetween(startsOn, today);
  return quietDays >= QUIET_DAYS ? { startsOn, quietDays } : null;
}
