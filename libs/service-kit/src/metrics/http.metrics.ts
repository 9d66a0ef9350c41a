import { histogram } from '@linkage/observability';
import type { FastifyInstance } from 'fastify';

const httpDuration = histogram({
  name: 'linkage_http_request_duration_seconds',
  help: 'HTTP requests by method, route template and status (rate: the _count series)',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

/** Times every request; the label is the route template, never the raw URL (no id explosion). */
export function instrumentHttp(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
