import type { BlindIndex } from '@linkage/crypto';

/** The blind-index purpose of pseudonyms: their own space, unrelated to the duplicate indexes. */
const PSEUDONYM_INDEX = 'resident.pseudonym';

/**
 * A resident's stable pseudonym (`R-` and 10 hex characters of a keyed hash of the resident id): the
 * same in every export and on the referral the hospital sees, so rows can be followed over time, but
 * it cannot be turned back into the resident without the key and the database.
 */
export function pseudonymOf(index: BlindIndex, residentId: string): string {
  return `R-${index.hash(PSEUDONYM_INDEX, residentId).slice(0, 10).toUpperCase()}`;
}
