import type { ServiceConfig } from '@linkage/config';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

export interface SchemaParts {
  /** The default database name; MYSQL_DATABASE overrides it (tests use that for a database per file). */
  database: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/** TypeORM options for a service's own schema: utf8mb4, UTC, migrations only (never synchronize). */
export function mysqlDataSourceOptions(
  config: ServiceConfig,
  parts: SchemaParts,
  poolSize = config.MYSQL_POOL_SIZE,
): DataSourceOptions {
  return {
    type: 'mysql',
    host: config.MYSQL_HOST,
    port: config.MYSQL_PORT,
    username: config.MYSQL_USER,
    password: config.MYSQL_PASSWORD,
    database: databaseName(config, parts),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    connectTimeout: 5000,
    poolSize,
    supportBigNumbers: true,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['warn', 'migration'],
  };
}

export function databaseName(config: ServiceConfig, parts: SchemaParts): string {
  return config.MYSQL_DATABASE ?? parts.database;
}
