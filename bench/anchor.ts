/**
 * The bare anchor of `npm run bench`: what this machine serves for the same read with nothing but
 * Fastify and mysql2 — no framework, no token check, no ORM, no logging. "My assignments" is measured
 * against it in the same run, so the ratio says what Linkage adds, whatever the machine's load.
 *
 * It answers GET /api/volunteers/me/assignments for the one volunteer named by ANCHOR_VOLUNTEER_ID with
 * the indexed query the service runs (sign-ups joined to their shifts, upcoming, soonest first, a page
 * of 20), as JSON of the same shape. Started by bench/serve.ts as the app `anchor`.
 */
import proxy from '@fastify/http-proxy';
import fastify, { type FastifyInstance } from 'fastify';
import { createPool, type RowDataPacket } from 'mysql2/promise';
import { Pool } from 'undici';

const PAGE = 20;

export async function createAnchor(env: Record<string, string | undefined>): Promise<FastifyInstance> {
  const volunteerId = env.ANCHOR_VOLUNTEER_ID;
  if (!volunteerId) throw new Error('ANCHOR_VOLUNTEER_ID is not set');
  const pool = createPool({
    host: env.MYSQL_HOST ?? '127.0.0.1',
    port: Number(env.MYSQL_PORT ?? 3306),
    user: env.MYSQL_USER ?? 'linkage',
    password: env.MYSQL_PASSWORD ?? 'linkage',
    database: env.MYSQL_DATABASE,
    connectionLimit: 10,
    timezone: 'Z',
  });
  const app = fastify({ logger: false });
  app.addHook('onClose', () => pool.end());
  app.get('/api/volunteers/me/assignments', async () => {
    const [rows] = await pool.execute<RowDataPacket[]>(
      `SELECT su.id, su.status, su.created_at, sh.id AS shift_id, sh.title, sh.venue, sh.address,
              sh.starts_at, sh.ends_at, sh.status AS shift_status
         FROM shift_signups su JOIN shifts sh ON sh.id = su.shift_id
        WHERE su.volunteer_id = ? AND sh.ends_at > ?
        ORDER BY sh.starts_at ASC, su.id ASC
        LIMIT ${PAGE + 1}`,
      [volunteerId, new Date()],
    );
    return {
      items: rows.slice(0, PAGE).map((r) => ({
        id: r.id,
        status: r.status,
        signedUpAt: r.created_at,
        shift: {
          id: r.shift_id,
          title: r.title,
          location: { venue: r.venue, address: r.address },
          startsAt: r.starts_at,
          endsAt: r.ends_at,
          status: r.shift_status,
        },
      })),
      nextCursor: null,
    };
  });
  return app;
}

/**
 * The bare two-hop reference: Fastify + @fastify/http-proxy in front of the anchor (ANCHOR_URL), with a
 * keep-alive undici pool of as many connections as the gateway keeps to a service, and nothing else.
 * What two bare processes in a row achieve on this machine, beside what the gateway in front of the
 * service does. Started by bench/serve.ts as the app `anchor-proxy`.
 */
export async function createAnchorProxy(
  env: Record<string, string | undefined>,
  connections: number,
): Promise<FastifyInstance> {
  const upstream = env.ANCHOR_URL;
  if (!upstream) throw new Error('ANCHOR_URL is not set');
  const pool = new Pool(upstream, { connections });
  const app = fastify({ logger: false });
  app.addHook('onClose', () => pool.close());
  await app.register(proxy, { upstream, prefix: '/api', rewritePrefix: '/api', undici: pool });
  return app;
}
