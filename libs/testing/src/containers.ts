import { MySqlContainer } from '@testcontainers/mysql';
import { NatsContainer } from '@testcontainers/nats';

export interface StartedContainers {
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** MySQL 8.4 and NATS 2.10 with JetStream in containers, for machines with Docker and no local services. */
export async function startContainers(which: { mysql: boolean; nats: boolean }): Promise<StartedContainers> {
  const env: Record<string, string> = {};
  const stops: (() => Promise<unknown>)[] = [];
  if (which.mysql) {
    const mysql = await new MySqlContainer('mysql:8.4')
      .withRootPassword('linkage-root')
      .withUsername('linkage')
      .withUserPassword('linkage')
      .withDatabase('linkage_bootstrap')
      .start();
    // The test user creates a database per test file.
    await mysql.executeQuery("GRANT ALL PRIVILEGES ON `linkage\\_%`.* TO 'linkage'@'%'", [], true);
    Object.assign(env, {
      MYSQL_HOST: mysql.getHost(),
      MYSQL_PORT: String(mysql.getPort()),
      MYSQL_USER: 'linkage',
      MYSQL_PASSWORD: 'linkage',
    });
    stops.push(() => mysql.stop());
  }
  if (which.nats) {
    const nats = await new NatsContainer('nats:2.10').withJetStream().start();
    const { user, pass } = nats.getConnectionOptions();
    const credentials = user ? `${encodeURIComponent(user)}:${encodeURIComponent(pass ?? '')}@` : '';
    env.NATS_URL = `nats://${credentials}${nats.getHost()}:${nats.getMappedPort(4222)}`;
    stops.push(() => nats.stop());
  }
  return { env, stop: async () => void (await Promise.all(stops.map((stop) => stop()))) };
}
