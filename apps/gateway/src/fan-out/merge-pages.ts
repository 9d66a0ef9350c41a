import type { BackendServiceName } from '@linkage/config';
import { encodeCursor } from '@linkage/database';

/** One service's answer to a keyset page query: its newest `limit` items below the cursor, newest first. */
export interface ServicePage<T extends { id: string }> {
  service: BackendServiceName;
  items: T[];
  /** The service has more below its last item (it answered a nextCursor). */
  hasMore: boolean;
}

export type FromService<T> = T & { service: BackendServiceName };

/**
 * Merges the pages every service answered for the same query into one page, newest first. Ids are
 * UUIDv7 everywhere, so ordering by id orders by time across services. Each service gave its newest
 * `limit` items below the cursor, so the merged newest `limit` are among them; the next cursor is the
 * last id shown, which every service understands, so nothing is skipped or shown twice.
 */
export function mergeNewestFirst<T extends { id: string }>(
  pages: readonly ServicePage<T>[],
  limit: number,
): { items: FromService<T>[]; nextCursor: string | null } {
  const items = pages
    .flatMap((page) => page.items.map((item): FromService<T> => ({ ...item, service: page.service })))
    .sort((x, y) => (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
  const more = items.length > limit || pages.some((page) => page.hasMore);
  const shown = items.slice(0, limit);
  const last = shown.at(-1);
  return { items: shown, nextCursor: more && last ? encodeCursor(last.id) : null };
}
