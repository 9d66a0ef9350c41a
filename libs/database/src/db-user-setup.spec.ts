import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  dbCredentialsExplicit,
  dbUserSql,
  dbUserStatements,
  ensureDatabaseUser,
  isLocalHost,
  rootSocketPaths,
} from './db-user-setup';

const ROOT = join(__dirname, '..', '..', '..');
const sqlLines = (path: string): string[] =>
  readFileSync(join(ROOT, path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('--'));

describe('database user set-up', () => {
  it('scripts/ci/create-db-user.sql is the statements for the default user, nothing more', () => {
    expect(sqlLines('scripts/ci/create-db-user.sql').join('\n') + '\n').toBe(dbUserSql('linkage', 'linkage'));
  });

  it('grants the same databases as the Docker and k8s init script', () => {
    const grantToAnyHost = dbUserStatements('linkage', 'x').find(
      (s) => s.startsWith('GRANT') && s.endsWith("'%'"),
    );
    expect(sqlLines('docker/mysql/init/01-linkage.sql')).toContain(`${grantToAnyHost};`);
  });

  it('quotes the password and refuses a user name it would have to quote', () => {
    expect(dbUserStatements('linkage_setup_t1', "it's\\")[0]).toBe(
      "CREATE USER IF NOT EXISTS 'linkage_setup_t1'@'localhost' IDENTIFIED BY 'it\\'s\\\\'",
    );
    expect(() => dbUserStatements("x'; DROP USER root; --", 'p')).toThrow(/letters, digits or _/);
  });

  it.each([
    [{}, false],
    [{ MYSQL_USER: '', MYSQL_PASSWORD: '' }, false],
    [{ MYSQL_USER: 'app' }, true],
    [{ MYSQL_PASSWORD: 'secret' }, true],
  ])('credentials in %j are explicit: %s', (env, explicit) => {
    expect(dbCredentialsExplicit(env)).toBe(explicit);
  });

  it.each([
    ['127.0.0.1', true],
    ['localhost', true],
    ['::1', true],
    ['127.0.1.1', true],
    ['mysql', false],
    ['10.0.0.5', false],
  ])('%s is local: %s', (host, local) => {
    expect(isLocalHost(host)).toBe(local);
  });

  it('tries MYSQL_SOCKET before the usual sockets', () => {
    expect(rootSocketPaths({ MYSQL_SOCKET: '/srv/mysql.sock' })).toEqual([
      '/srv/mysql.sock',
      '/run/mysqld/mysqld.sock',
      '/tmp/mysql.sock',
    ]);
    expect(rootSocketPaths({})).toEqual(['/run/mysqld/mysqld.sock', '/tmp/mysql.sock']);
  });

  it('says a server that does not answer is unreachable, without trying to create anything', async () => {
    const log = jest.fn();
    const outcome = await ensureDatabaseUser(
      { host: '127.0.0.1', port: 1, user: 'linkage', password: 'linkage' },
      { explicit: false, log, socketPaths: [] },
    );
    expect(outcome).toEqual({ kind: 'unreachable', reason: 'ECONNREFUSED' });
    expect(log).not.toHaveBeenCalled();
  });
});
