import type { SchemaParts } from '@linkage/database';

export type Env = Record<string, string | undefined>;

/** This test file's database name for a schema: `linkage_partners_t1a2b3c4d`. */
export function testDatabase(schema: SchemaParts): string {
  const runId = process.env.LINKAGE_TEST_RUN_ID;
  if (!runId) throw new Error('per-file-setup.ts did not run: use the integration jest project');
  return `${schema.database}_${runId}`;
}

/** The environment a service under test starts with: this file's database, any port, quiet logs. */
export function testEnv(schema: SchemaParts, overrides: Env = {}): Env {
  return { ...process.env, MYSQL_DATABASE: testDatabase(schema), PORT: '0', HOST: '127.0.0.1', ...overrides };
}
