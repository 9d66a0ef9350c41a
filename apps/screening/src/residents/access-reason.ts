import { MaxChars } from '@linkage/errors';
import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import type { FastifyRequest } from 'fastify';

/** Why and where residents' data was read: kept in the audit entry of the read. */
export interface ReadPurpose {
  /** The operation, as routed: `GET /api/residents/:id`. */
  endpoint: string;
  /** What the caller gave as the reason (`X-Access-Reason` or `?reason=`), if anything. */
  reason: string | null;
}

export const REASON_MAX = 200;
const HEADER = 'x-access-reason';

/** `?reason=` on reads of residents' data (the header `X-Access-Reason` says the same). */
export class AccessReasonQuery {
  @ApiPropertyOptional({
    example: '转介前核对居民身份',
    maxLength: REASON_MAX,
    description: 'Why the data is read; kept in the audit trail (or send X-Access-Reason)',
  })
  @IsOptional()
  @IsString()
  @MaxChars(REASON_MAX)
  reason?: string;
}

/** The read's purpose from the request: the route and the reason given (header first, then query). */
export const ReadPurposeOf = createParamDecorator((_data: unknown, ctx: ExecutionContext): ReadPurpose => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest>();
  const header = request.headers[HEADER];
  const fromHeader = decodeHeader(Array.isArray(header) ? header[0] : header);
  const fromQuery = (request.query as { reason?: unknown } | undefined)?.reason;
  const reason = fromHeader ?? (typeof fromQuery === 'string' ? fromQuery : undefined);
  return {
    endpoint: `${request.method} ${request.routeOptions?.url ?? request.url.split('?')[0]}`,
    reason: reason?.trim() ? [...reason.trim()].slice(0, REASON_MAX).join('') : null,
  };
});

/** HTTP headers are Latin-1: a Chinese reason arrives percent-encoded (encodeURIComponent). */
function decodeHeader(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Documents the header on an operation that reads residents' data. */
export const ApiAccessReason = (): MethodDecorator =>
  applyDecorators(
    ApiHeader({
      name: 'X-Access-Reason',
      required: false,
      description: 'Why the data is read (percent-encoded UTF-8); kept in the audit trail',
    }),
  );
