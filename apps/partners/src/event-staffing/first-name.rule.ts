/** A Chinese name written in 2–4 Han characters: a one-character surname, then the given name. */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * What a partner member sees of a volunteer's name: the first name only. For a Chinese name of 2–4 Han
 * characters that is the given name (李晓雯 → 晓雯); for any other name its first word (Emily Chen →
 * Emily). Null when there is no name.
 */
export function firstName(name: string | null | undefined): string | null {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '') return null;
  if (HAN_NAME.test(trimmed)) return [...trimmed].slice(1).join('');
  return trimmed.split(/\s+/u)[0];
}
