import { QueryFailedError } from 'typeorm';

/** True for MySQL's duplicate-key error: the unique index, not application code, decides uniqueness. */
export function isDuplicateEntry(error: unknown): boolean {
  return duplicateKeyOf(error) !== null;
}

/** The unique index a duplicate-key error names ('' when MySQL did not say), or null for other errors. */
export function duplicateKeyOf(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driver = error.driverError as { code?: string; message?: string };
  if (driver.code !== 'ER_DUP_ENTRY') return null;
  return /for key '(?:[^'.]*\.)?([^']+)'/.exec(driver.message ?? '')?.[1] ?? '';
}

/** A LIKE pattern matching `text` anywhere, with %, _ and \ in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
