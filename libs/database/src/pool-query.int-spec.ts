import { loadConfig, ServiceConfig } from '@linkage/config';
import { testEnv } from '@linkage/testing';
import { DataSource, QueryFailedError } from 'typeorm';
import { dropMysqlDatabase } from './mysql-connection';
import { mysqlDataSourceOptions, type SchemaParts } from './mysql-options';
import { poolQuery } from './pool-query';
import { ensureDatabase } from './prepare-database';

const schema: SchemaParts = { database: 'linkage_pool_query', entities: [], migrations: [] };

describe('poolQuery: a hot read on the driver’s pool answers as TypeORM’s query does', () => {
  const config = loadConfig(ServiceConfig, testEnv(schema));
  let db: DataSource;

  beforeAll(async () => {
    const options = mysqlDataSourceOptions(config, schema);
    await ensureDatabase(config, (options as { database: string }).database);
    db = await new DataSource(options).initialize();
    await db.query(
      `CREATE TABLE shifts (id CHAR(36) PRIMARY KEY, title VARCHAR(100) NOT NULL,
         starts_at DATETIME(3) NOT NULL, hours DECIMAL(5,2) NOT NULL, latitude DECIMAL(9,6) NULL)`,
    );
    await db.query(`INSERT INTO shifts VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)`, [
      '00000000-0000-7000-8000-000000000001',
      '滨海路社区 · 冬季消防安全入户宣传',
      new Date('2026-12-01T06:30:00.000Z'),
      '3.50',
      '37.463800',
      '00000000-0000-7000-8000-000000000002',
      "O'Brien's 100% \\ test",
      new Date('2026-12-02T01:00:00.250Z'),
      '0.50',
      null,
    ]);
  });

  afterAll(async () => {
    await db?.destroy();
    await dropMysqlDatabase(config, (db.options as { database: string }).database);
  });

  it('returns the same rows, typed the same (UTC dates, decimals as strings, NULLs), for the same parameters', async () => {
    const sql =
      'SELECT id, title, starts_at AS startsAt, hours, latitude FROM shifts WHERE title <> ? ORDER BY id';
    const params = ['none'];
    const fromPool = await poolQuery<Record<string, unknown>[]>(db, sql, params);
    expect(fromPool).toEqual(await db.query(sql, params));
    expect(fromPool).toEqual([
      expect.objectContaining({
        startsAt: new Date('2026-12-01T06:30:00.000Z'),
        hours: '3.50',
        latitude: '37.463800',
      }),
      expect.objectContaining({ title: "O'Brien's 100% \\ test", hours: '0.50', latitude: null }),
    ]);
  });

  it('escapes what it is given (a quote in a parameter is data, not SQL)', async () => {
    const rows = await poolQuery<{ id: string }[]>(db, 'SELECT id FROM shifts WHERE title = ?', [
      "O'Brien's 100% \\ test",
    ]);
    expect(rows.map((r) => r.id)).toEqual(['00000000-0000-7000-8000-000000000002']);
    expect(await poolQuery(db, 'SELECT id FROM shifts WHERE title = ?', ["x' OR '1'='1"])).toEqual([]);
  });

  it('fails as TypeORM does, with the driver’s error inside, so callers map it the same way', async () => {
    const failure = await poolQuery(db, 'SELECT nothing FROM no_such_table', []).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError).driverError).toMatchObject({ code: 'ER_NO_SUCH_TABLE' });
  });
});
