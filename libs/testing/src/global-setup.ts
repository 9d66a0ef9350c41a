import { startContainers } from './containers';
import { isListening } from './infrastructure';

/**
 * Finds MySQL and NATS for the integration suite: the MYSQL_* / NATS_URL variables when set, else the
 * local services when they answer, and only otherwise containers (testcontainers; needs Docker).
 */
export default async function globalSetup(): Promise<void> {
  const env = process.env;
  const mysqlConfigured = Boolean(env.MYSQL_HOST);
  const natsConfigured = Boolean(env.NATS_URL);
  env.MYSQL_HOST ??= '127.0.0.1';
  env.MYSQL_PORT ??= '3306';
  env.MYSQL_USER ??= 'linkage';
  env.MYSQL_PASSWORD ??= 'linkage';
  env.NATS_URL ??= 'nats://127.0.0.1:4222';

  const mysqlUp = mysqlConfigured || (await isListening(env.MYSQL_HOST, Number(env.MYSQL_PORT)));
  const natsUrl = new URL(env.NATS_URL.split(',')[0]);
  const natsUp = natsConfigured || (await isListening(natsUrl.hostname, Number(natsUrl.port || 4222)));
  if (mysqlUp && natsUp) return;

  // Without Docker this fails at once with "Could not find a working container runtime strategy".
  const started = await startContainers({ mysql: !mysqlUp, nats: !natsUp });
  Object.assign(env, started.env);
  (globalThis as { __LINKAGE_CONTAINERS__?: unknown }).__LINKAGE_CONTAINERS__ = started;
}
