import { CommonConfig } from '@linkage/config';
import { Module, type DynamicModule } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { LoggerModule, type Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
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

function httpLoggerOptions(name: string, config: CommonConfig, pretty: boolean): Options<Request, Response> {
  return {
    name,
    level: config.LOG_LEVEL,
    genReqId: requestIdOf,
    customAttributeKeys: { reqId: 'requestId' },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
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

function loggerParams(name: string, config: CommonConfig): Params {
  const format = config.logFormat();
  // No runner in between prefixes a terminal's lines with the app's name, so the line carries it.
  const destination = logDestination(format, {
    showName: process.stdout.isTTY === true,
    startupDetail: config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace',
  });
  const options = httpLoggerOptions(name, config, format === 'pretty') as Options;
  // nestjs-pino's default routes: everything under /api (the gateway's proxies included) and the probes.
  return { pinoHttp: destination ? [options, destination] : options };
}

/**
 * Logs with the request id on every line of a request, secrets redacted, one access line per request
 * (probes and scrapes left out): JSON for collectors, a short readable line for a person (LOG_FORMAT;
 * see CommonConfig.logFormat).
 */
@Module({})
export class LoggingModule {
  static forRoot(name: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [CommonConfig],
          useFactory: (config: CommonConfig) => loggerParams(name, config),
        }),
      ],
    };
  }
}
