import { loadConfig, ServiceConfig } from '@linkage/config';
import { dbCredentialsExplicit, dbUserSql, ensureDatabaseUser } from '@linkage/database';

/**
 * `npm run db:setup`: makes sure the MySQL user the services sign in with exists, creating it through
 * the local root socket when the default configuration is in use, and says what it did. CI runs it from
 * scripts/ci/ensure-services.sh. `--sql` only prints the statements for the configured user, for an
 * administrator to run: `npm run -s db:setup -- --sql | sudo mysql -uroot`.
 */
async function main(): Promise<number> {
  const config = loadConfig(ServiceConfig);
  if (process.argv.includes('--sql')) {
    process.stdout.write(dbUserSql(config.MYSQL_USER, config.MYSQL_PASSWORD));
    return 0;
  }
  const where = `${config.MYSQL_HOST}:${config.MYSQL_PORT}`;
  const outcome = await ensureDatabaseUser(
    {
      host: config.MYSQL_HOST,
      port: config.MYSQL_PORT,
      user: config.MYSQL_USER,
      password: config.MYSQL_PASSWORD,
    },
    { explicit: dbCredentialsExplicit(), log: (line) => process.stdout.write(`${line}\n`) },
  );
  switch (outcome.kind) {
    case 'ready':
      if (!outcome.created)
        process.stdout.write(
          `MySQL user "${config.MYSQL_USER}" already signs in at ${where}; nothing to do.\n`,
        );
      return 0;
    case 'refused':
      process.stderr.write(`${outcome.problem}\n`);
      return 1;
    case 'unreachable':
      process.stderr.write(
        `MySQL is not reachable at ${where} (${outcome.reason}). Start it (e.g. \`docker compose up -d mysql\`) or set MYSQL_HOST/MYSQL_PORT.\n`,
      );
      return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Database set-up failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
