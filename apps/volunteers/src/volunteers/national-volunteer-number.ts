/**
 * The national unified volunteer number (全国志愿者统一编号) the national volunteer information system
 * gives each registered volunteer as their public identifier, used instead of the ID number
 * (《志愿服务信息系统基本规范》). The reference facts name the number but not its layout, so the rule
 * here is deliberately loose on shape — 6 to 32 letters or digits, spaces and dashes as typed on a
 * card dropped — and strict on the one thing the rules forbid: it must never be a resident ID number.
 */

export const NATIONAL_NUMBER_MIN = 6;
export const NATIONAL_NUMBER_MAX = 32;

export type NationalNumberProblem = 'shape' | 'resident_id';

/** As kept: capitals, without the spaces and dashes people type to group digits. */
export function normaliseNationalNumber(value: string): string {
  return value.replace(/[\s-]+/g, '').toUpperCase();
}

/** Why a (normalised) number is refused, or null when it is acceptable. */
export function nationalNumberProblem(value: string): NationalNumberProblem | null {
  const pattern = new RegExp(`^[A-Z0-9]{${NATIONAL_NUMBER_MIN},${NATIONAL_NUMBER_MAX}}$`);
  if (!pattern.test(value)) return 'shape';
  if (looksLikeResidentId(value)) return 'resident_id';
  return null;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * A mainland resident ID number: 18 characters (17 digits and a GB 11643 check character) with a
 * plausible birth date, or the old 15-digit form. Such a value is refused, so an ID number typed into
 * the wrong field never reaches a certificate.
 */
export function looksLikeResidentId(value: string): boolean {
  if (/^\d{15}$/.test(value)) return validDate(`19${value.slice(6, 12)}`);
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = WEIGHTS.reduce((total, w, i) => total + w * Number(value[i]), 0);
  return CHECK[sum % 11] === value[17] && validDate(value.slice(6, 14));
}

function validDate(yyyymmdd: string): boolean {
  const [y, m, d] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
