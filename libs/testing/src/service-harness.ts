import { loadConfig, ServiceConfig } from '@linkage/config';
import { dropMysqlDatabase } from '@linkage/database';
import { createService, type ServiceDefinition } from '@linkage/service-kit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { streamName } from '@linkage/messaging';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { HttpClient } from './http';
import { testEnv, type Env } from './test-env';

export interface TestService {
  app: NestFastifyApplication;
  url: string;
  http: HttpClient;
  env: Env;
  /** Stops the service; with `dropDatabase` also removes this file's database. */
  close(options?: { dropDatabase?: boolean }): Promise<void>;
}

/**
 * Starts a real service for a test file: its own fresh database (migrated), the shared NATS under this
 * file's subject prefix, HTTP on a free port.
 */
export async function startTestService(
  definition: ServiceDefinition,
  overrides: Env = {},
): Promise<TestService> {
  const env = testEnv(definition.schema, overrides);
  await dropDatabase(env);
  const app = await createService(definition, env);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  let closed = false;
  return {
    app,
    url,
    env,
    http: new HttpClient(url),
    async close(options = { dropDatabase: true }) {
      if (!closed) await app.close();
      closed = true;
      if (options.dropDatabase) await Promise.all([dropDatabase(env), deleteTestStreams(env)]);
    },
  };
}

/** Drops the database a test env points at (used before a file starts and after it ends). */
export async function dropDatabase(env: Env): Promise<void> {
  const config = loadConfig(ServiceConfig, env);
  if (!config.MYSQL_DATABASE) throw new Error('refusing to drop: no MYSQL_DATABASE in the test env');
  await dropMysqlDatabase(config, config.MYSQL_DATABASE);
}

/** Deletes the event streams of this file's subject prefix, so test runs leave nothing in NATS. */
export async function deleteTestStreams(env: Env): Promise<void> {
  const config = loadConfig(ServiceConfig, env);
  if (!config.NATS_SUBJECT_PREFIX) return; // never the streams of a real deployment
  const nats = await connect({ servers: config.NATS_URL.split(','), maxReconnectAttempts: 0 });
  try {
    const jsm = await jetstreamManager(nats);
    const ours = streamName(config.NATS_SUBJECT_PREFIX, '');
    for await (const name of jsm.streams.names()) {
      if (name.startsWith(ours)) await jsm.streams.delete(name).catch(() => false);
    }
  } finally {
    await nats.close();
  }
}
