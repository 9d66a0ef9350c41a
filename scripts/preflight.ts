import type { ServiceConfig } from '@linkage/config';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createConnection } from 'mysql2/promise';

const HOW_TO_START =
  'Start them with `docker compose up -d mysql nats`, or point MYSQL_HOST/MYSQL_PORT/NATS_URL at running servers.';

/** Checks MySQL and NATS (with JetStream) answer before anything starts; returns what is wrong, in words. */
export async function preflight(config: ServiceConfig): Promise<string[]> {
  const problems: string[] = [];
  try {
    const connection = await createConnection({
      host: config.MYSQL_HOST,
      port: config.MYSQL_PORT,
      user: config.MYSQL_USER,
      password: config.MYSQL_PASSWORD,
      connectTimeout: 3000,
    });
    await connection.end();
  } catch (error) {
    const e = error as { code?: string; message: string };
    problems.push(
      e.code === 'ER_ACCESS_DENIED_ERROR'
        ? `MySQL at ${config.MYSQL_HOST}:${config.MYSQL_PORT} refused user "${config.MYSQL_USER}". ` +
            'Create it as the README shows (scripts/ci/create-db-user.sql), or set MYSQL_USER/MYSQL_PASSWORD.'
        : `MySQL is not reachable at ${config.MYSQL_HOST}:${config.MYSQL_PORT} (${e.code ?? e.message}). ${HOW_TO_START}`,
    );
  }
  try {
    const nats = await connect({
      servers: config.NATS_URL.split(','),
      timeout: 3000,
      maxReconnectAttempts: 0,
    });
    try {
      await (await jetstreamManager(nats, { timeout: 3000 })).getAccountInfo();
    } catch {
      problems.push(`NATS at ${config.NATS_URL} answers but JetStream is off. Start nats-server with -js.`);
    } finally {
      await nats.close();
    }
  } catch (error) {
    const e = error as { code?: string; message: string };
    problems.push(`NATS is not reachable at ${config.NATS_URL} (${e.code ?? e.message}). ${HOW_TO_START}`);
  }
  return problems;
}
