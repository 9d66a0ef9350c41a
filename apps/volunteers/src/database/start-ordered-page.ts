import { decodeCursor, encodeCursor, type Page, type PageQuery } from '@linkage/database';
import { AppError } from '@linkage/errors';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface StartOrder {
  /** The column that orders the page, e.g. `s.starts_at`. */
  startColumn: string;
  /** The id column that breaks ties and names the cursor, e.g. `s.id`. */
  idColumn: string;
  direction: 'ASC' | 'DESC';
  /** Use LIMIT rather than TypeORM's take(): right for one-to-one joins, which take() mishandles. */
  useLimit?: boolean;
  /** The start time of the row a cursor names; null when there is no such row. */
  startOf(id: string): Promise<Date | null>;
}

/**
 * Keyset pagination in time order (soonest first for what is coming, latest first for what is past),
 * with the same opaque `?cursor=` as every other list: it names the last row of the previous page.
 */
export async function pageByStart<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  query: PageQuery,
  order: StartOrder,
): Promise<Page<T>> {
  const { startColumn: start, idColumn: id, direction } = order;
  if (query.cursor) {
    const cursorId = decodeCursor(query.cursor);
    const cursorStart = await order.startOf(cursorId);
    if (!cursorStart) {
      throw new AppError('bad_request', 'INVALID_CURSOR', 'The cursor is not one this API handed out.', [
        { field: 'cursor', messages: ['cursor is invalid'] },
      ]);
    }
    const cmp = direction === 'ASC' ? '>' : '<';
    qb.andWhere(`(${start} ${cmp} :cursorStart OR (${start} = :cursorStart AND ${id} ${cmp} :cursorId))`, {
      cursorStart,
      cursorId,
    });
  }
  qb.orderBy(start, direction).addOrderBy(id, direction);
  const rows = await (order.useLimit ? qb.limit(query.limit + 1) : qb.take(query.limit + 1)).getMany();
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
}
