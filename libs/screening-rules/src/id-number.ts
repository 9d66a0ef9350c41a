/**
 * The 18-character resident identity number (居民身份证号码, GB 11643-1999): a 6-digit address code, the
 * birth date as YYYYMMDD, a 3-digit sequence whose last digit is odd for men and even for women, and a
 * check character (ISO 7064 MOD 11-2: 0–9 or X). The register stores it encrypted; this reads and
 * checks it before that, so a typo is caught at the door rather than found on a referral.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dX]$/;

export interface IdNumberFacts {
  /** Upper-case, no spaces: the form to store and to hash for duplicates. */
  normalised: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  sex: 'male' | 'female';
}

export type IdNumberProblem = 'shape' | 'check_digit' | 'birth_date';

export type IdNumberReading = { ok: true; facts: IdNumberFacts } | { ok: false; problem: IdNumberProblem };

export function readIdNumber(input: string, today: Date = new Date()): IdNumberReading {
  const normalised = input.replace(/\s+/g, '').toUpperCase();
  if (!SHAPE.test(normalised)) {
    return { ok: false, problem: 'shape' };
  }
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(normalised[i]), 0);
  if (CHECK[sum % 11] !== normalised[17]) return { ok: false, problem: 'check_digit' };
  const [year, month, day] = [normalised.slice(6, 10), normalised.slice(10, 12), normalised.slice(12, 14)];
  const birth = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real =
    birth.getUTCFullYear() === Number(year) &&
    birth.getUTCMonth() === Number(month) - 1 &&
    birth.getUTCDate() === Number(day);
  if (!real || Number(year) < 1900 || birth.getTime() > today.getTime()) {
    return { ok: false, problem: 'birth_date' };
  }
  return {
    ok: true,
    facts: {
      normalised,
      birthDate: `${year}-${month}-${day}`,
      sex: Number(normalised[16]) % 2 === 1 ? 'male' : 'female',
    },
  };
}
