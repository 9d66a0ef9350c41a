import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { throwError, type Observable } from 'rxjs';
import { AppError, type ErrorBody } from './app.error';
import { codeForStatus, frameworkErrorBody, httpStatusOf, knownFrameworkErrorBody } from './error-status';
import { toRpcError, type RpcErrorPayload } from './rpc';

/**
 * Turns anything thrown in a handler into `{ statusCode, code, message, details? }` over HTTP, or the
 * same code and message as an RPC error over NATS. Unknown errors are logged and answered with an
 * opaque internal error that leaks nothing.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void | Observable<RpcErrorPayload> {
    if (host.getType() === 'rpc') {
      const payload = toRpcError(exception);
      if (payload.kind === 'internal') this.logUnexpected(exception);
      return throwError(() => payload);
    }
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500 && !(exception instanceof AppError)) this.logUnexpected(exception);
    if (exception instanceof AppError && exception.kind === 'too_many_requests') {
      const retryAfter = (exception.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retryAfter !== undefined) void reply.header('Retry-After', String(retryAfter));
    }
    void reply.status(body.statusCode).send(body);
  }

  private logUnexpected(exception: unknown): void {
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
    );
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof AppError) {
      const body: ErrorBody = {
        statusCode: httpStatusOf(exception.kind),
        code: exception.code,
        message: exception.message,
      };
      if (exception.details !== undefined) body.details = exception.details;
      return body;
    }
    if (exception instanceof HttpException) {
      // Nest hands Fastify's own 4xx errors (bad JSON, body too large…) over wrapped in an HttpException.
      const framework = knownFrameworkErrorBody(exception.cause);
      if (framework) return framework;
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response !== null && 'message' in response
          ? String(response.message)
          : exception.message;
      return { statusCode, code: codeForStatus(statusCode), message };
    }
    // Fastify's own errors (malformed JSON, wrong content type, body too large) are the caller's.
    return frameworkErrorBody(exception);
  }
}
