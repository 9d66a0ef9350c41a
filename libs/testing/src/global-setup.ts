// jest loads its globalSetup outside the test module system, so the @linkage/* aliases (moduleNameMapper)
// do not resolve here: the one file needed is imported by its path (it depends on mysql2 only).
// eslint-disable-next-line no-restricted-imports
import { ensureDatabaseUser } from '../../database/src/db-user-setup';
import { startContainers } from './containers';
import { isListening } from './infrastructure';

/**
 * Finds MySQL and NATS for the integration suite: the MYSQL_* / NATS_URL variables when set, else the
 * local services when they answer, and only otherwise containers (testcontainers; needs Docker). On a
 * first run against a local MySQL it creates the default database user, as `npm start` does.
 */
export default async function globalSetup(): Promise<void> {
  const env = process.env;
  const mysqlConfigured = Boolean(env.MYSQL_HOST);
  const natsConfigured = Boolean(env.NATS_URL);
  const credentialsExplicit = Boolean(env.MYSQL_USER || env.MYSQL_PASSWORD);
  env.MYSQL_HOST ??= '127.0.0.1';
  env.MYSQL_PORT ??= '3306';
  env.MYSQL_USER ||= 'linkage';
  env.MYSQL_PASSWORD ||= 'linkage';
  env.NATS_URL ??= 'nats://127.0.0.1:4222';

  const mysqlUp = mysqlConfigured || (await isListening(env.MYSQL_HOST, Number(env.MYSQL_PORT)));
  if (mysqlUp) await ensureTestDatabaseUser(credentialsExplicit);
  const natsUrl = new URL(env.NATS_URL.split(',')[0]);
  const natsUp = natsConfigured || (await isListening(natsUrl.hostname, Number(natsUrl.port || 4222)));
  if (mysqlUp && natsUp) return;

  // Without Docker this fails at once with "Could not find a working container runtime strategy".
  const started = await startContainers({ mysql: !mysqlUp, nats: !natsUp });
  Object.assign(env, started.env);
  (globalThis as { __LINKAGE_CONTAINERS__?: unknown }).__LINKAGE_CONTAINERS__ = started;
}

/** Stops the run with one actionable message rather than every test failing on "access denied". */
async function ensureTestDatabaseUser(explicit: boolean): Promise<void> {
  const env = process.env as Record<string, string>;
  const outcome = await ensureDatabaseUser(
    {
      host: env.MYSQL_HOST,
      port: Number(env.MYSQL_PORT),
      user: env.MYSQL_USER,
      password: env.MYSQL_PASSWORD,
    },
    { explicit, log: (line) => process.stdout.write(`\n${line}\n`) },
  );
  if (outcome.kind === 'refused') throw new Error(outcome.problem);
}
