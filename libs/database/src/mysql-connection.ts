import type { ServiceConfig } from '@linkage/config';
import { createConnection, type Connection, type ConnectionOptions } from 'mysql2/promise';

/** The server and account a service's configuration names (MYSQL_HOST, MYSQL_PORT, MYSQL_USER, MYSQL_PASSWORD). */
export type MysqlAccount = Pick<ServiceConfig, 'MYSQL_HOST' | 'MYSQL_PORT' | 'MYSQL_USER' | 'MYSQL_PASSWORD'>;

/** Connection options for that server as that account, with no database chosen. */
export function mysqlServerOptions(account: MysqlAccount): ConnectionOptions {
  return {
    host: account.MYSQL_HOST,
    port: account.MYSQL_PORT,
    user: account.MYSQL_USER,
    password: account.MYSQL_PASSWORD,
  };
}

/**
 * One connection for work on the server rather than in a service's schema (creating or dropping a
 * database, creating the user as root, checking that an account signs in), closed when `work` is done
 * whatever happens. The services' own queries go through TypeORM's pool instead.
 */
export async function withMysqlConnection<T>(
  options: ConnectionOptions,
  work: (connection: Connection) => Promise<T>,
): Promise<T> {
  const connection = await createConnection(options);
  try {
    return await work(connection);
  } finally {
    // The work is done or has failed already; a connection that does not close cleanly changes neither.
    await connection.end().catch(() => undefined);
  }
}

/** Drops a database if it exists (tests and benchmarks, after their run). */
export function dropMysqlDatabase(account: MysqlAccount, database: string): Promise<void> {
  return withMysqlConnection(mysqlServerOptions(account), async (connection) => {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  });
}
