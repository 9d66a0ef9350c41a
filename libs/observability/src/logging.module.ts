import { CommonConfig } from '@linkage/config';
import { Module } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';

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

/** JSON logs (pino) with the request id on every line of a request; secrets are redacted. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [CommonConfig],
      useFactory: (config: CommonConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          genReqId: requestIdOf,
          customAttributeKeys: { reqId: 'requestId' },
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          autoLogging: { ignore: (req: IncomingMessage) => /^\/(health|metrics)/.test(req.url ?? '') },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
