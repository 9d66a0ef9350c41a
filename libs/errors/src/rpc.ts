import { AppError, type ErrorKind } from './app.error';

/** What crosses NATS when a request handler fails. */
export interface RpcErrorPayload {
  kind: ErrorKind;
  code: string;
  message: string;
  details?: unknown;
}

export function isRpcErrorPayload(value: unknown): value is RpcErrorPayload {
  return (
    typeof value === 'object' && value !== null && 'code' in value && 'kind' in value && 'message' in value
  );
}

/** Request handlers answer with the same codes as HTTP; unknown errors become an opaque internal error. */
export function toRpcError(exception: unknown): RpcErrorPayload {
  if (exception instanceof AppError) {
    return {
      kind: exception.kind,
      code: exception.code,
      message: exception.message,
      details: exception.details,
    };
  }
  return { kind: 'internal', code: 'INTERNAL_ERROR', message: 'Internal error' };
}

/** An error answered by another service, re-raised here with its code intact. */
export class RemoteError extends AppError {
  constructor(
    readonly service: string,
    payload: RpcErrorPayload,
  ) {
    super(payload.kind, payload.code, payload.message, payload.details);
  }
}
