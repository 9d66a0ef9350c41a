import type { FieldError } from '@linkage/errors';
import { readIdNumber, type IdNumberProblem } from '@linkage/screening-rules';

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/** Blind-index purposes: each field hashes into its own space. */
export const ID_NUMBER_INDEX = 'resident.id_number';
export const PERSON_INDEX = 'resident.person';

const ID_PROBLEMS: Record<IdNumberProblem, string> = {
  shape: 'idNumber must be 18 characters: 17 digits and a check character (0–9 or X)',
  check_digit: 'idNumber has a wrong check character (perhaps mistyped)',
  birth_date: 'idNumber holds a birth date that does not exist',
};

export type IdNumberCheck = { ok: true; normalised: string } | { ok: false; errors: FieldError[] };

/**
 * Reads an ID number given at registration and checks it against the birth date and sex given beside
 * it: a contradiction is a typo in one of them, better caught at the door than on a referral.
 */
export function checkIdNumber(idNumber: string, birthDate: string, sex: Sex, today?: Date): IdNumberCheck {
  const reading = readIdNumber(idNumber, today);
  if (!reading.ok)
    return { ok: false, errors: [{ field: 'idNumber', messages: [ID_PROBLEMS[reading.problem]] }] };
  const messages: string[] = [];
  if (reading.facts.birthDate !== birthDate)
    messages.push(`idNumber gives the birth date ${reading.facts.birthDate}, not ${birthDate}`);
  if (reading.facts.sex !== sex) messages.push(`idNumber is a ${reading.facts.sex}'s, not a ${sex}'s`);
  return messages.length > 0
    ? { ok: false, errors: [{ field: 'idNumber', messages }] }
    : { ok: true, normalised: reading.facts.normalised };
}

/**
 * The text a person is known by when there is no ID number: name, birth date and community, with
 * every kind of white space removed and full-width forms folded (NFKC), so "王 桂兰" at 滨海路社区 and
 * "王桂兰" at "滨海路社区 " are the same person.
 */
export function personKey(name: string, birthDate: string, community: string): string {
  const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '');
  return [fold(name), birthDate, fold(community)].join('\u0000');
}
