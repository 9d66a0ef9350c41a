import type { BackendServiceName } from '@linkage/config';
import type { ErrorBody } from '@linkage/errors';
import { REQUEST_ID_HEADER } from '@linkage/observability';
import { replyFrameworkError, sendError } from '@linkage/service-kit';
import proxy from '@fastify/http-proxy';
import { Pool } from 'undici';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../gateway.config';
import { bodyLimitFor, type BodyLimits } from './body-limits';
import { ROUTES } from './routes';

/**
 * Registers one proxy per resource in the routing table. Authorization and the request id travel with
 * the request; a service that is down or slow is a clear 503/504 naming it, never a hang.
 */
export async function registerProxies(fastify: FastifyInstance, config: GatewayConfig): Promise<void> {
  // The proxies live in a scope of their own so that what they throw (reply-from refusing a path, a
  // request it cannot build) gets the one error shape: Nest installs its error handler only at init,
  // after these plugins have copied Fastify's default one.
  await fastify.register(async (scope) => {
    scope.setErrorHandler(replyProxyError);
    const limits = {
      standard: fastify.initialConfig.bodyLimit ?? 1_048_576,
      imports: config.IMPORT_MAX_BYTES,
    };
    refuseOversizedBodies(scope, limits);
    readBodiesWhole(scope, Math.max(limits.standard, limits.imports));
    await registerEach(scope, config);
  });
}

/**
 * A body is read whole, as the bytes that came, and forwarded as a Buffer (never parsed here; the
 * service validates it). Forwarding the incoming request as a stream instead left the gateway, after a
 * storm of sign-ups, promoting ~10 MB of finished requests to the old generation at every scavenge
 * (pauses of 20–40 ms, its p99 doubled) until the next full GC, and again after it: reproduced with a
 * bare Fastify + @fastify/http-proxy + undici, gone with the body read whole (issue 15).
 */
function readBodiesWhole(scope: FastifyInstance, bodyLimit: number): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) =>
    done(null, body),
  );
}

/** reply-from sends a Buffer body as it is with the caller's content type (boundary and charset kept). */
function forwardBody(
  request: FastifyRequest,
  reply: FastifyReply,
  destination: string,
  options: object,
): unknown {
  if (!Buffer.isBuffer(request.body)) return reply.from(destination, options);
  return reply.from(destination, {
    ...options,
    body: request.body,
    contentType: request.headers['content-type'] ?? 'application/octet-stream',
  });
}

/** reply-from's refusal of a destination with a dot segment or a scheme in it is a bad path too. */
function replyProxyError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.statusCode === 400 && /invalid characters/.test(error.message)) {
    return sendError(request, reply, {
      statusCode: 400,
      code: 'BAD_PATH',
      message: "The path cannot be forwarded: it contains a '..' segment or an address.",
    });
  }
  replyFrameworkError(error, request, reply);
}

/**
 * The proxies read bodies under the largest route's limit, so a body the service would refuse anyway is
 * refused here by its declared length, before it is read or forwarded (the service's early 413 could
 * otherwise reach the caller as a broken connection). A file upload route has its own, larger limit.
 */
function refuseOversizedBodies(scope: FastifyInstance, limits: BodyLimits): void {
  scope.addHook('onRequest', (request, reply, done) => {
    const limit = bodyLimitFor(request.method, request.url, limits);
    if (Number(request.headers['content-length'] ?? 0) <= limit) return done();
    replyFrameworkError({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }, request, reply);
  });
}

/**
 * One keep-alive pool of connections per service, shared by every resource routed to it (undici, as
 * reply-from uses by default): a request reuses an open connection rather than opening one, and the
 * answer is streamed back as it arrives. The pools close with the gateway, after in-flight requests.
 */
async function registerEach(fastify: FastifyInstance, config: GatewayConfig): Promise<void> {
  const pools = new Map<BackendServiceName, Pool>();
  const poolOf = (service: BackendServiceName): Pool => {
    let pool = pools.get(service);
    if (!pool) {
      pool = new Pool(config.serviceUrl(service), {
        connections: PROXY_CONNECTIONS_PER_SERVICE,
        headersTimeout: config.PROXY_TIMEOUT_MS,
        bodyTimeout: config.PROXY_TIMEOUT_MS,
        connect: { timeout: 2000 },
      });
      pools.set(service, pool);
    }
    return pool;
  };
  fastify.addHook('onClose', async () => {
    await Promise.all([...pools.values()].map((pool) => pool.close()));
  });
  for (const [resource, service] of Object.entries(ROUTES)) {
    const prefix = `/api/${resource}`;
    await fastify.register(proxy, {
      upstream: config.serviceUrl(service),
      prefix,
      rewritePrefix: prefix,
      undici: poolOf(service),
      proxyPayloads: false,
      handler: forwardBody,
      replyOptions: {
        // Never retry on the caller's behalf: a 503 from a service is an answer, not a hiccup.
        retryDelay: () => null,
        // reply-from hands over its own copy of the caller's headers, set here in place.
        rewriteRequestHeaders: (request, headers) => {
          headers[REQUEST_ID_HEADER] = request.id;
          // The services trust one hop: the last address in this list is the caller as the gateway saw it.
          const forwarded = headers['x-forwarded-for'];
          headers['x-forwarded-for'] = forwarded ? `${String(forwarded)}, ${request.ip}` : request.ip;
          return headers;
        },
        onError: (reply, { error }) => replyUpstreamError(reply, service, error),
      },
    });
  }
}

/**
 * At most this many open connections from the gateway to one service (each replica of the gateway):
 * what is in flight beyond them waits here. Enough that a storm reaches the service whole, where
 * sign-ups for one shift are taken in batches (group commit) and a bigger wave makes fewer, fuller
 * batches: the benchmark's 5,000 sign-ups on 10 shifts ran at 905–1,121/s with 512 against
 * 670–690/s with 128 (and worse again with 1,024, the gateway spending more per request).
 */
export const PROXY_CONNECTIONS_PER_SERVICE = 512;

/** Just what is needed of the reply, which reply-from types for HTTP/1 and HTTP/2 alike. */
interface UpstreamReply {
  code(status: number): { header(name: string, value: string): { send(body: unknown): unknown } };
  raw: object;
}

function replyUpstreamError(reply: UpstreamReply, service: BackendServiceName, error: Error): void {
  const cause = (error as { cause?: { code?: string } }).cause;
  const code = (error as { code?: string }).code ?? '';
  const causeCode = cause?.code ?? '';
  let body: ErrorBody;
  if (/TIMEOUT/.test(code) || /TIMEOUT/.test(causeCode)) {
    body = {
      statusCode: 504,
      code: 'GATEWAY_TIMEOUT',
      message: `The ${service} service did not answer in time.`,
      details: { service },
    };
  } else if (
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|UND_ERR_SOCKET|SERVICE_UNAVAILABLE/.test(
      `${code} ${causeCode}`,
    )
  ) {
    body = {
      statusCode: 503,
      code: 'SERVICE_UNAVAILABLE',
      message: `The ${service} service is unavailable; try again shortly.`,
      details: { service },
    };
  } else {
    body = {
      statusCode: 502,
      code: 'BAD_GATEWAY',
      message: `The ${service} service failed to answer.`,
      details: { service },
    };
  }
  // The access log line of this request carries the cause (the access logger logs `res.err`).
  Object.assign(reply.raw, { err: error });
  void reply.code(body.statusCode).header('content-type', 'application/json').send(body);
}
