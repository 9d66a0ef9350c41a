import type { CommonConfig } from '@linkage/config';
import type { LoggerService } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import pino, { type Level, type Logger } from 'pino';
import { logDestination } from './log-destination';
import { accessLevel, accessMessage, isQuietPath } from './log-lines';

export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's request id when it sent a sane one (the gateway always does), else a new one. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && REQUEST_ID_PATTERN.test(header) ? header : randomUUID();
}

type Request = IncomingMessage & { originalUrl?: string };
type Response = ServerResponse & { err?: Error };

/** The cause a handler or the gateway's proxy left on the response. */
const causeOf = (res: Response): Error | undefined => res.err;

/**
 * One access line per request, written when its response has ended or its connection closed: the
 * request (id, method, URL), the response (status, headers), how long it took, and for a failure its
 * cause (`err`; a terminal line names the cause in the message and leaves the stack to the JSON). The
 * line is built only when its level is logged: per request this costs one `close` listener, where
 * pino-http built two child loggers and three listeners for every request, logged or not (issue 15).
 */
function accessLogger(logger: Logger, pretty: boolean): (req: Request, res: Response) => void {
  return (req, res) => {
    if (isQuietPath(req.originalUrl ?? req.url)) return;
    const started = Date.now();
    // A response emits `close` once, after `finish` or when the connection went first.
    res.once('close', () => {
      const responseTime = Date.now() - started;
      const cause = causeOf(res);
      const level = accessLevel(res.statusCode, cause);
      if (!logger.isLevelEnabled(level)) return;
      const url = req.originalUrl ?? req.url;
      const record: Record<string, unknown> = {
        req: { id: requestIdOf(req), method: req.method, url },
        res: pino.stdSerializers.res(res),
        responseTime,
      };
      if ((cause || res.statusCode >= 500) && !pretty) {
        record.err = pino.stdSerializers.err(cause ?? new Error(`failed with status code ${res.statusCode}`));
      }
      logger[level](record, accessMessage(req.method, url, res.statusCode, responseTime, cause));
    });
  };
}

/** The request's id, which the HTTP app has settled already (and written back into the header). */
function requestIdOf(req: IncomingMessage): string {
  return requestIdFrom(req.headers[REQUEST_ID_HEADER]);
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
  return {
    logger,
    http: accessLogger(logger, format === 'pretty'),
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
