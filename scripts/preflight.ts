import type { ServiceConfig } from '@linkage/config';
import { dbCredentialsExplicit, ensureDatabaseUser } from '@linkage/database';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';

const HOW_TO_START =
  'Start them with `docker compose up -d mysql nats`, or point MYSQL_HOST/MYSQL_PORT/NATS_URL at running servers.';

export interface PreflightOptions {
  /** The environment the config came from: it tells whether MYSQL_USER/MYSQL_PASSWORD were given. */
  env?: Record<string, string | undefined>;
  /** Where to say what the set-up did (creating the database user on a first run). */
  log?: (line: string) => void;
}

/**
 * Checks MySQL and NATS (with JetStream) answer before anything starts, creating the default database
 * user on a first run; returns what is wrong, in words.
 */
export async function preflight(config: ServiceConfig, options: PreflightOptions = {}): Promise<string[]> {
  const problems: string[] = [];
  const mysql = await ensureDatabaseUser(
    {
      host: config.MYSQL_HOST,
      port: config.MYSQL_PORT,
      user: config.MYSQL_USER,
      password: config.MYSQL_PASSWORD,
    },
    {
      explicit: dbCredentialsExplicit(options.env ?? process.env),
      log: options.log ?? ((line) => process.stdout.write(`${line}\n`)),
    },
  );
  if (mysql.kind === 'refused') problems.push(mysql.problem);
  if (mysql.kind === 'unreachable')
    problems.push(
      `MySQL is not reachable at ${config.MYSQL_HOST}:${config.MYSQL_PORT} (${mysql.reason}). ${HOW_TO_START}`,
    );
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
