import { HttpStatus } from '@nestjs/common';
import type { ErrorBody, ErrorKind } from './app.error';

/** The one mapping from error kind to HTTP status. */
export function httpStatusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'bad_request':
      return HttpStatus.BAD_REQUEST;
    case 'unauthorized':
      return HttpStatus.UNAUTHORIZED;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'not_found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'unprocessable':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case 'too_many_requests':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'unavailable':
      return HttpStatus.SERVICE_UNAVAILABLE;
    case 'internal':
      return HttpStatus.INTERNAL_SERVER_ERROR;
    default:
      return assertUnreachable(kind);
  }
}

/** Codes for errors raised by the framework rather than by our modules (unknown route, bad JSON…). */
export function codeForStatus(status: number): string {
  const codes: Record<number, string> = {
    400: 'BAD_REQUEST',
    401: 'UNAUTHORIZED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    405: 'METHOD_NOT_ALLOWED',
    408: 'REQUEST_TIMEOUT',
    409: 'CONFLICT',
    413: 'PAYLOAD_TOO_LARGE',
    414: 'URI_TOO_LONG',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    422: 'UNPROCESSABLE',
    429: 'TOO_MANY_REQUESTS',
    431: 'HEADERS_TOO_LARGE',
    502: 'BAD_GATEWAY',
    503: 'SERVICE_UNAVAILABLE',
    504: 'GATEWAY_TIMEOUT',
  };
  return codes[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'REQUEST_FAILED');
}

/**
 * Fastify's own rejections (body parsing, the router), keyed by Fastify's error code: the status stays
 * Fastify's, the code is one of ours and the message says what to send instead.
 */
const FRAMEWORK_ERRORS: Record<string, { code: string; message: string }> = {
  FST_ERR_BAD_URL: { code: 'BAD_PATH', message: 'The path has a malformed %-escape.' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URI_TOO_LONG', message: 'A segment of the path is too long.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'BAD_REQUEST', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'BAD_REQUEST',
    message: 'The body is empty although its content type says JSON.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'BAD_REQUEST',
    message: 'The Content-Length header does not match the body.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'This content type is not accepted; send the body as JSON (content-type: application/json).',
  },
};

/**
 * The one shape for an error the framework raised before any of our code ran (a Fastify error with a
 * `statusCode` and an `FST_ERR_*` code, or anything else). A 4xx keeps its status; anything else is an
 * opaque internal error that leaks nothing.
 */
export function frameworkErrorBody(error: unknown): ErrorBody {
  const known = knownFrameworkErrorBody(error);
  if (known) return known;
  const { statusCode } = (error ?? {}) as { statusCode?: unknown };
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode >= 500) {
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong on our side.' };
  }
  const message = error instanceof Error ? error.message : 'The request was not accepted.';
  return { statusCode, code: codeForStatus(statusCode), message };
}

/** Our answer to one of the Fastify errors listed above; undefined for anything else. */
export function knownFrameworkErrorBody(error: unknown): ErrorBody | undefined {
  const { statusCode, code } = (error ?? {}) as { statusCode?: unknown; code?: unknown };
  const known = typeof code === 'string' ? FRAMEWORK_ERRORS[code] : undefined;
  return known && typeof statusCode === 'number' ? { statusCode, ...known } : undefined;
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
