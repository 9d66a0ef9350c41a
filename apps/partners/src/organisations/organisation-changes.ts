import type { Organisation } from './organisation.entity';

/**
 * The directory fields whose change is published (partners.organisation.changed.v1 names them in
 * `changedFields`). Contacts are not among them: other services never keep them.
 */
export const PUBLISHED_FIELDS = ['name', 'kind', 'district', 'address', 'communities', 'status'] as const;
export type PublishedField = (typeof PUBLISHED_FIELDS)[number];

type Directory = Pick<Organisation, PublishedField>;

/** The published fields that differ between two states of an organisation; lists compare by content and order. */
export function changedFields(before: Directory, after: Directory): PublishedField[] {
  return PUBLISHED_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}
