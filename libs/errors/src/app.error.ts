/**
 * What kind of failure an error is. The HTTP status and the RPC behaviour follow from the kind, in one
 * place (error-status.ts); modules only say which kind each of their codes is.
 */
export type ErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'too_many_requests'
  | 'unavailable'
  | 'internal';

export interface FieldError {
  field: string;
  messages: string[];
}

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}

/**
 * The base of every error a user may see. `code` is stable and machine-readable (`SHIFT_FULL`); `message`
 * is for a person; `details` carries field errors or the ids that were wrong.
 */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** How a code's answer typically reads, for the API documentation: the message, or message and details. */
export type ErrorExample = string | { message: string; details?: unknown };

/** A code table (code → kind) with example answers; every module error type is one (see ApiErrors). */
export interface ErrorTable<T extends Record<string, ErrorKind> = Record<string, ErrorKind>> {
  readonly codes: T;
  readonly examples: { readonly [K in keyof T]?: ErrorExample };
}

/** A code table that belongs to no module error class (codes raised by shared code and the framework). */
export function errorTable<const T extends Record<string, ErrorKind>>(
  codes: T,
  examples: ErrorTable<T>['examples'] = {},
): ErrorTable<T> {
  return { codes, examples };
}

/**
 * Declares a module's error type from its code table, so every code has exactly one kind; the examples
 * (optional, per code) show in the API documentation:
 *
 *   export const PartnersErrorCode = { ORGANISATION_NOT_FOUND: 'not_found' } as const;
 *   export class PartnersError extends moduleError(PartnersErrorCode, {
 *     ORGANISATION_NOT_FOUND: 'No organisation with id …',
 *   }) {}
 *   throw new PartnersError('ORGANISATION_NOT_FOUND', 'No organisation with id …');
 *   @ApiErrors(PartnersError, 'ORGANISATION_NOT_FOUND')
 */
export function moduleError<const T extends Record<string, ErrorKind>>(
  codes: T,
  examples: ErrorTable<T>['examples'] = {},
) {
  return class extends AppError {
    static readonly codes: T = codes;
    static readonly examples: ErrorTable<T>['examples'] = examples;

    constructor(code: keyof T & string, message: string, details?: unknown) {
      super(codes[code], code, message, details);
    }
  };
}

/** 400 for a request whose fields did not validate. */
export class RequestValidationError extends AppError {
  constructor(details: FieldError[]) {
    super('bad_request', 'VALIDATION_FAILED', 'The request has invalid fields; see details.', details);
  }
}

/** A service this one depends on did not answer (down, or too slow). */
export class ServiceUnavailableError extends AppError {
  constructor(
    readonly service: string,
    reason: 'no_responders' | 'timeout' | 'disconnected',
  ) {
    const why = {
      no_responders: 'is not running',
      timeout: 'did not answer in time',
      disconnected: 'cannot be reached',
    };
    super('unavailable', 'SERVICE_UNAVAILABLE', `The ${service} service ${why[reason]}; try again shortly.`, {
      service,
      reason,
    });
  }
}

/** A service could not start because MySQL or NATS did not let it in; `target` says where it looked. */
export class DependencyError extends Error {
  constructor(
    readonly dependency: 'mysql' | 'nats',
    readonly target: string,
    override readonly cause: unknown,
  ) {
    const e = cause as { code?: string; message?: string };
    super(`${dependency} at ${target}: ${e.code ?? ''} ${e.message ?? String(cause)}`.trim());
    this.name = 'DependencyError';
  }
}
