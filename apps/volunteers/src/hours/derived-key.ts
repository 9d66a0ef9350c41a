import { createHash } from 'node:crypto';

/**
 * A uuid-shaped key derived from a name (`counselling_session:<id>:<volunteer>`): the same on every
 * delivery of the same thing, so a unique key on it holds one row however often it is told.
 */
export function derivedKey(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
