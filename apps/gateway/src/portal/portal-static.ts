import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Hashed file names change with their content: a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: always asked again (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';

/** Paths that belong to the API and the gateway itself: never answered with the portal's page. */
const NOT_THE_PORTAL = /^\/(api|docs|docs-json|docs-yaml|health|metrics)(\/|$|\?|-)/;

/**
 * The page's own rules: scripts and styles from this origin only (antd writes its styles into <style>
 * elements, hence 'unsafe-inline' for styles), the API on this origin, camera frames as blobs, no framing.
 */
export const PORTAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Where `npm run build` puts the portal, seen from the compiled gateway or from its source (tests). */
export function defaultPortalDir(): string | null {
  const candidates = [
    join(__dirname, '..', '..', '..', 'portal'),
    join(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'portal'),
  ];
  return candidates.find((dir) => existsSync(join(dir, '.vite', 'manifest.json'))) ?? null;
}

/**
 * Serves the built portal at `/`: its files with cache headers that suit hashed assets, and index.html
 * for any other GET that asks for a page (client-side routes such as /v/shifts), except the API, the
 * docs, health and metrics, which keep their own 404s. Without a build the gateway runs without it.
 */
export async function registerPortal(fastify: FastifyInstance, configuredDir?: string): Promise<boolean> {
  const logger = new Logger('Portal');
  const dir = configuredDir ? resolve(configuredDir) : defaultPortalDir();
  if (configuredDir && !existsSync(join(dir!, 'index.html'))) {
    throw new Error(`PORTAL_DIR: no index.html in ${dir}; build the portal (npm run build) or unset it`);
  }
  if (!dir) {
    logger.warn('The portal is not built (npm run build): / is not served');
    return false;
  }
  const index = readFileSync(join(dir, 'index.html'));

  await fastify.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    // One route per built file (none of them a catch-all), so /api/... and the docs stay the API's.
    wildcard: false,
    index: false,
    decorateReply: false,
    serveDotFiles: false,
    cacheControl: false,
    setHeaders: (reply, path) => {
      const hashed = path.includes(`${join(dir, 'assets')}`);
      reply.header('cache-control', hashed ? IMMUTABLE : REVALIDATE);
      if (path.endsWith('.html')) reply.header('content-security-policy', PORTAL_CSP);
    },
  });

  const page = (request: FastifyRequest, reply: FastifyReply) => {
    const accept = request.headers.accept ?? '';
    if (NOT_THE_PORTAL.test(request.url) || !accept.includes('text/html')) {
      reply.callNotFound();
      return reply;
    }
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', REVALIDATE)
      .header('content-security-policy', PORTAL_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin')
      .send(index);
  };
  fastify.get('/', page);
  fastify.get('/*', page);
  logger.log(`Serving the portal from ${dir}`);
  return true;
}
