import type { ErrorBody } from '@linkage/errors';
import { frameworkErrorBody } from '@linkage/errors';
import { REQUEST_ID_HEADER } from '@linkage/observability';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { badPathReason } from './bad-path.rule';

/** Sends the one error shape; the request id header goes with it even when no hook has run. */
export function sendError(request: FastifyRequest, reply: FastifyReply, body: ErrorBody): void {
  void reply
    .code(body.statusCode)
    .header(REQUEST_ID_HEADER, request.id)
    .header('content-type', 'application/json; charset=utf-8')
    .send(body);
}

/**
 * For Fastify's `frameworkErrors` and for error handlers outside Nest (the gateway's proxies): what the
 * router or a plugin rejected, answered in the one shape.
 */
export function replyFrameworkError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  sendError(request, reply, frameworkErrorBody(error));
}

/** Refuses smuggled path separators and dot segments (see bad-path.rule.ts) before any route runs. */
export function refuseBadPaths(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const reason = badPathReason(request.url);
    if (reason === undefined) return done();
    sendError(request, reply, { statusCode: 400, code: 'BAD_PATH', message: reason });
  });
}

/**
 * While the app closes, a request that still arrives on a kept-alive connection (the gateway's pool to a
 * service, say) is answered 503 in the one shape; Fastify's own return503OnClosing would write a body of
 * its own. Fastify has already marked such a response `Connection: close`, so the caller reconnects.
 */
export function refuseWhileClosing(fastify: FastifyInstance): void {
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!closing) return done();
    sendError(request, reply, {
      statusCode: 503,
      code: 'SERVICE_UNAVAILABLE',
      message: 'This service is shutting down; try again in a moment.',
    });
  });
}

/** What to answer a request Node's HTTP parser refused before Fastify saw it. */
export function clientErrorBody(error: { code?: string }): ErrorBody {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return { statusCode: 431, code: 'HEADERS_TOO_LARGE', message: 'The request headers are too large.' };
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { statusCode: 408, code: 'REQUEST_TIMEOUT', message: 'The request took too long to arrive.' };
  }
  return { statusCode: 400, code: 'BAD_REQUEST', message: 'The request is not valid HTTP.' };
}

/**
 * Fastify's `clientErrorHandler`: a request line or header Node cannot parse (an unknown method, a bad
 * character) is answered on the raw socket, as Fastify's default does, but in the one shape.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const body = clientErrorBody(error);
    const json = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${body.statusCode} ${STATUS_CODES[body.statusCode]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(error);
}
