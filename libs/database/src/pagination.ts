import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '@linkage/errors';

const CURSOR_EXAMPLE = 'eyJpZCI6IjAxOTJiN2UyLTNjNGQtN2ExYi04YzJkLTFlMmYzYTRiNWM2ZCJ9';

/** `?limit=&cursor=`: the one list style of every Linkage API (newest first unless a list says otherwise). */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, description: 'How many items to return.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.', example: CURSOR_EXAMPLE })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

/** `nextCursor` of every page: what to pass as `cursor` for the next one, null on the last page. */
export function ApiNextCursor(): PropertyDecorator {
  return ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last page.',
    example: CURSOR_EXAMPLE,
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The opaque `?cursor=`: it names the last row of the previous page by its id (base64url JSON). */
export function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ id }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { id?: unknown };
    if (typeof parsed.id === 'string' && /^[0-9a-f-]{36}$/.test(parsed.id)) return parsed.id;
  } catch {
    // fall through to the error below
  }
  throw invalidCursor();
}

/** 400 INVALID_CURSOR: a cursor this API did not hand out, or one naming a row the caller may not page from. */
export function invalidCursor(): AppError {
  return new AppError('bad_request', 'INVALID_CURSOR', 'The cursor is not one this API handed out.', [
    { field: 'cursor', messages: ['cursor is invalid'] },
  ]);
}

interface ByIdOnly {
  /** No key before the id: the page is in id order (UUIDv7, so creation order). */
  by?: [];
  /** Optional: [] when the caller may page from the row a cursor names, null when not (INVALID_CURSOR). */
  keysOf?(id: string): Promise<[] | null>;
}

interface ByKeys {
  /**
   * One or two NOT NULL columns or expressions that order the page before the id, e.g. `s.starts_at`
   * or `(n.read_at IS NULL)`, all in `direction`.
   */
  by: [string] | [string, string];
  /**
   * The `by` values of the row a cursor names, in order; null when there is no such row or the caller
   * may not page from it (400 INVALID_CURSOR). The cursor carries only the id, so cursors stay opaque
   * and the gateway's merged lists can hand one to any service.
   */
  keysOf(id: string): Promise<unknown[] | null>;
}

export type KeysetOrder = (ByIdOnly | ByKeys) & {
  direction: 'ASC' | 'DESC';
  /** The id column, which breaks ties and which the cursor names; `<alias>.id` unless given. */
  id?: string;
  /** LIMIT rather than TypeORM's take(): right for one-to-one joins, which take() mishandles. */
  useLimit?: boolean;
};

const NEWEST_FIRST: KeysetOrder = { direction: 'DESC' };

/**
 * Keyset pagination, the one helper of every list: ordered by up to two keys and the id as tiebreaker,
 * either direction (newest first by the UUIDv7 id unless told otherwise). The `?cursor=` names the last
 * row of the previous page; the next page starts strictly after it in the same order.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  query: PageQuery,
  order: KeysetOrder = NEWEST_FIRST,
): Promise<Page<T>> {
  const id = order.id ?? `${qb.alias}.id`;
  const by = order.by ?? [];
  if (query.cursor) {
    const cursorId = decodeCursor(query.cursor);
    const keys = order.keysOf ? await order.keysOf(cursorId) : [];
    if (keys === null) throw invalidCursor();
    qb.andWhere(keysetAfter(by, id, order.direction), {
      ...Object.fromEntries(keys.map((value, i) => [`keysetKey${i}`, value])),
      keysetId: cursorId,
    });
  }
  const [first, ...rest] = [...by, id];
  qb.orderBy(first, order.direction);
  for (const column of rest) qb.addOrderBy(column, order.direction);
  const rows = await (order.useLimit ? qb.limit(query.limit + 1) : qb.take(query.limit + 1)).getMany();
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
}

/**
 * The condition "after the cursor's row" in the order (by…, id) `direction`, with the cursor's keys as
 * `:keysetKey0`, `:keysetKey1` and its id as `:keysetId`: for keys k0, k1 ascending,
 * `(k0 > :k0 OR (k0 = :k0 AND (k1 > :k1 OR (k1 = :k1 AND id > :id))))`.
 */
export function keysetAfter(by: readonly string[], id: string, direction: 'ASC' | 'DESC'): string {
  const cmp = direction === 'ASC' ? '>' : '<';
  return by.reduceRight(
    (rest, column, i) => `(${column} ${cmp} :keysetKey${i} OR (${column} = :keysetKey${i} AND ${rest}))`,
    `${id} ${cmp} :keysetId`,
  );
}
