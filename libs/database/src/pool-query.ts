import { QueryFailedError, type DataSource } from 'typeorm';

/** What is used of mysql2's pool, which TypeORM's MySQL driver keeps as `driver.pool`. */
interface Mysql2Pool {
  execute(sql: string, values: unknown[], done: (error: Error | null, rows: unknown) => void): void;
}

/**
 * One read statement straight on the driver's pool, for the hottest reads. TypeORM's `query` takes a
 * query runner, wraps its connection in mysql2's promise API (which captures a stack trace for every
 * statement) and broadcasts before and after: together about a tenth of the volunteers service's CPU
 * on "my assignments" (issue 15's profile). The pool, its connection options and type casts are the
 * same; a failure is TypeORM's QueryFailedError as anywhere else. Not for writes, nor inside a
 * transaction (it takes any free connection).
 *
 * The statement is prepared (mysql2's `execute`, which keeps it prepared on each connection): MySQL
 * parses it once per connection rather than on every call, and the values travel as binary without
 * being escaped into the text. "My assignments" straight to the service went from 0.76–0.81× to
 * 0.84–0.89× of the bench's anchor, which prepares its statement too. So the SQL should not vary
 * with the values: every value is a `?`, LIMIT's included.
 */
export function poolQuery<T>(db: DataSource, sql: string, params: unknown[]): Promise<T> {
  const pool = (db.driver as unknown as { pool?: Mysql2Pool }).pool;
  if (!pool) return db.query<T>(sql, params);
  return new Promise<T>((resolve, reject) => {
    pool.execute(sql, params, (error, rows) => {
      if (error) reject(new QueryFailedError(sql, params, error));
      else resolve(rows as T);
    });
  });
}
