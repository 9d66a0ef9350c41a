import type { ServiceConfig } from '@linkage/config';
import { DependencyError } from '@linkage/errors';
import { DataSource } from 'typeorm';
import { mysqlServerOptions, withMysqlConnection } from './mysql-connection';
import { databaseName, mysqlDataSourceOptions, type SchemaParts } from './mysql-options';

const MIGRATION_LOCK_TIMEOUT_S = 120;

/** Creates the service's database when it is missing (utf8mb4 throughout). */
export async function ensureDatabase(config: ServiceConfig, database: string): Promise<void> {
  await withMysqlConnection({ ...mysqlServerOptions(config), connectTimeout: 5000 }, async (connection) => {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  });
}

/**
 * Runs pending migrations under a MySQL named lock, so several replicas starting together migrate once.
 * Returns the names of the migrations it ran.
 */
export async function runMigrations(config: ServiceConfig, parts: SchemaParts): Promise<string[]> {
  const dataSource = new DataSource(mysqlDataSourceOptions(config, parts, 2));
  await dataSource.initialize();
  const lockRunner = dataSource.createQueryRunner();
  const lockName = `${databaseName(config, parts)}.migrations`;
  try {
    await lockRunner.connect();
    const [row] = (await lockRunner.query('SELECT GET_LOCK(?, ?) AS got', [
      lockName,
      MIGRATION_LOCK_TIMEOUT_S,
    ])) as {
      got: number | null;
    }[];
    if (row?.got !== 1)
      throw new Error(`Timed out waiting for the migration lock on ${databaseName(config, parts)}`);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await lockRunner.query('SELECT RELEASE_LOCK(?)', [lockName]).catch(() => undefined);
    await lockRunner.release();
    await dataSource.destroy();
  }
}

/** Everything a service needs of its database before it starts: the schema, then the migrations. */
export async function prepareDatabase(config: ServiceConfig, parts: SchemaParts): Promise<string[]> {
  try {
    await ensureDatabase(config, databaseName(config, parts));
  } catch (error) {
    throw new DependencyError('mysql', `${config.MYSQL_HOST}:${config.MYSQL_PORT}`, error);
  }
  return runMigrations(config, parts);
}
