import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '@linkage/errors';

const CURSOR_EXAMPLE = 'eyJpZCI6IjAxOTJiN2UyLTNjNGQtN2ExYi04YzJkLTFlMmYzYTRiNWM2ZCJ9';

/** `?limit=&cursor=`: the one list style of every Linkage API. Newest first. */
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
  throw new AppError('bad_request', 'INVALID_CURSOR', 'The cursor is not one this API handed out.', [
    { field: 'cursor', messages: ['cursor is invalid'] },
  ]);
}

/** Keyset pagination on the UUIDv7 primary key (time-ordered), newest first. */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  query: PageQuery,
): Promise<Page<T>> {
  const alias = qb.alias;
  if (query.cursor) qb.andWhere(`${alias}.id < :cursorId`, { cursorId: decodeCursor(query.cursor) });
  const rows = await qb
    .orderBy(`${alias}.id`, 'DESC')
    .take(query.limit + 1)
    .getMany();
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
}
