/**
 * An inbox item's `details`: display facts its sender chose (strings, numbers, booleans), read by each
 * kind's page. A field a sender left out, or sent as something else, reads as blank.
 */
export type InboxDetails = Record<string, string | number | boolean | null> | null;

export const detailText = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

export const detailNumber = (v: unknown): number | null =>
  typeof v === 'number'
    ? v
    : typeof v === 'string' && v.trim() !== '' && !isNaN(Number(v))
      ? Number(v)
      : null;
