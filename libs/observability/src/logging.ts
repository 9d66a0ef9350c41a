import type { CommonConfig } from '@linkage/config';
import type { LoggerService } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import pino, { type Level, type Logger } from 'pino';
import { pinoHttp, type Options } from 'pino-http';
import { logDestination } from './log-destination';
import { accessLevel, accessMessage, isQuietPath } from './log-lines';

export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's request id when it sent a sane one (the gateway always does), else a new one. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && REQUEST_ID_PATTERN.test(header) ? header : randomUUID();
}

/**
 * pino-http's id for a request. The HTTP app has already settled the id (createHttpApp writes it back
 * into the header), so log lines and the x-request-id response header always agree.
 */
function requestIdOf(req: IncomingMessage, _res: ServerResponse): string {
  return requestIdFrom(req.headers[REQUEST_ID_HEADER]);
}

type Request = IncomingMessage & { originalUrl?: string };
type Response = ServerResponse & { err?: Error };

/** The cause a handler or the gateway's proxy left on the response, not pino-http's stand-in for a 5xx. */
const causeOf = (res: Response): Error | undefined => res.err;

function httpLoggerOptions(logger: Logger, pretty: boolean): Options<Request, Response> {
  return {
    logger,
    genReqId: requestIdOf,
    customAttributeKeys: { reqId: 'requestId' },
    autoLogging: { ignore: (req) => isQuietPath(req.originalUrl ?? req.url) },
    customLogLevel: (_req, res, error) => accessLevel(res.statusCode, error ?? causeOf(res)),
    customSuccessMessage: (req, res, ms) =>
      accessMessage(req.method, req.originalUrl ?? req.url, res.statusCode, ms),
    customErrorMessage: (req, res, _error, ms?: number) =>
      accessMessage(req.method, req.originalUrl ?? req.url, res.statusCode, ms, causeOf(res)),
    // A terminal line already names the cause; its stack is for the JSON a collector keeps.
    ...(pretty ? { customErrorObject: (_req, _res, _error, fields: object) => withoutErr(fields) } : {}),
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
    },
  };
}

function withoutErr(fields: object): object {
  const { err: _err, ...rest } = fields as { err?: unknown };
  return rest;
}

export interface Logging {
  /** The app's pino logger. */
  logger: Logger;
  /**
   * Starts logging one request: its access line is written when the response ends (probes and scrapes
   * left out). Call it as the request arrives.
   */
  http(req: IncomingMessage, res: ServerResponse): void;
  /** Nest's logger (app.useLogger): every line written during a request carries its request id. */
  nest: LoggerService;
}

/**
 * Logs with the request id on every line of a request, secrets redacted, one access line per request:
 * JSON for collectors, a short readable line for a person (LOG_FORMAT; see CommonConfig.logFormat).
 *
 * The request id comes from `requestId()`, the one request context the app keeps already (issue 15: at
 * most one AsyncLocalStorage per process, each costing on every promise of every request).
 */
export function createLogging(
  name: string,
  config: CommonConfig,
  requestId: () => string | undefined,
): Logging {
  const format = config.logFormat();
  // No runner in between prefixes a terminal's lines with the app's name, so the line carries it.
  const destination = logDestination(format, {
    showName: process.stdout.isTTY === true,
    startupDetail: config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace',
  });
  const options = {
    name,
    level: config.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  };
  const logger = destination ? pino(options, destination) : pino(options);
  const http = pinoHttp(httpLoggerOptions(logger, format === 'pretty'));
  return {
    logger,
    http: (req, res) => http(req, res),
    nest: new NestPinoLogger(logger, requestId),
  };
}

/**
 * Nest's LoggerService on pino, as Nest calls it: `log(message, ...params, context)`, objects merged
 * into the record, an Error as `err`, and Nest's exception handlers' `error(message, stack, context)`
 * as an error with that stack.
 */
export class NestPinoLogger implements LoggerService {
  constructor(
    private readonly logger: Logger,
    private readonly requestId: () => string | undefined,
  ) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    const record: Record<string, unknown> = {};
    const id = this.requestId();
    if (id !== undefined) record.requestId = id;
    // The context is the last parameter; what comes before it fills the message's placeholders.
    const args = params.slice(0, -1);
    if (params.length > 0) record.context = params[params.length - 1];
    if (typeof message === 'object' && message !== null) {
      if (message instanceof Error) record.err = message;
      else Object.assign(record, message);
      this.logger[level](record, ...(args as []));
    } else if (level === 'error' && isStackOnly(args)) {
      const error = new Error(String(message));
      error.stack = args[0] as string;
      record.err = error;
      this.logger[level](record);
    } else {
      this.logger[level](record, String(message), ...(args as []));
    }
  }
}

/** Nest's exception handlers call error(message, stack, context): a stack where parameters would be. */
function isStackOnly(args: unknown[]): boolean {
  return args.length === 1 && typeof args[0] === 'string' && /\n\s*at /.test(args[0]);
}
