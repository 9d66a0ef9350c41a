import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createConnection, type Connection } from 'mysql2/promise';
import {
  dbUserStatements,
  ensureDatabaseUser,
  isLocalHost,
  rootSocketPaths,
  type DbUserTarget,
} from './db-user-setup';

// These create and drop throwaway users (linkage_setup_t…) as root over the local socket, exactly as a
// first run does for "linkage"; they never touch "linkage" itself, which other tests are using.
const rootSocket = rootSocketPaths().find((path) => existsSync(path));
const local = isLocalHost(process.env.MYSQL_HOST ?? '127.0.0.1');
const withRoot = rootSocket && local ? describe : describe.skip;

const target = (user: string, password = 'pw-' + randomBytes(4).toString('hex')): DbUserTarget => ({
  host: process.env.MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.MYSQL_PORT ?? 3306),
  user,
  password,
});
const throwawayName = (): string => `linkage_setup_t${randomBytes(4).toString('hex')}`;

withRoot(`database user set-up through the root socket (${rootSocket ?? 'no root socket here'})`, () => {
  let root: Connection;
  const made: string[] = [];

  const dropUser = async (user: string): Promise<void> => {
    for (const host of ['localhost', '127.0.0.1', '%'])
      await root.query('DROP USER IF EXISTS ?@?', [user, host]);
  };
  const accountsOf = async (user: string): Promise<string[]> => {
    const [rows] = await root.query('SELECT Host AS host FROM mysql.user WHERE User = ? ORDER BY Host', [
      user,
    ]);
    return (rows as { host: string }[]).map((r) => r.host);
  };
  /** A name no account has yet, remembered so that afterAll drops whatever a test made. */
  const freshUser = async (): Promise<string> => {
    const user = throwawayName();
    made.push(user);
    await dropUser(user);
    expect(await accountsOf(user)).toEqual([]);
    return user;
  };

  beforeAll(async () => {
    root = await createConnection({ socketPath: rootSocket, user: 'root' });
  });
  afterAll(async () => {
    for (const user of made) {
      await dropUser(user);
      await root.query(`DROP DATABASE IF EXISTS \`${user}\``);
    }
    await root.end();
  });

  it('creates a missing default user, which then signs in over TCP and creates its database', async () => {
    const account = target(await freshUser());
    const log = jest.fn();

    const outcome = await ensureDatabaseUser(account, { explicit: false, log, socketPaths: [rootSocket!] });

    expect(outcome).toEqual({ kind: 'ready', created: true });
    expect(log.mock.calls).toEqual([
      [
        `Created MySQL user "${account.user}" with all privileges on linkage\\_% (via the local root socket ${rootSocket}).`,
      ],
    ]);
    expect(await accountsOf(account.user)).toEqual(['%', '127.0.0.1', 'localhost']);
    const asUser = await createConnection({
      host: account.host,
      port: account.port,
      user: account.user,
      password: account.password,
    });
    try {
      // The user name starts with linkage_, so it is also a name the grant covers.
      await asUser.query(`CREATE DATABASE \`${account.user}\``);
      await asUser.query(`CREATE TABLE \`${account.user}\`.t (id INT PRIMARY KEY)`);
    } finally {
      await asUser.end();
    }
  });

  it('does nothing and says nothing the second time', async () => {
    const account = target(await freshUser());
    await ensureDatabaseUser(account, { explicit: false, socketPaths: [rootSocket!] });
    const log = jest.fn();

    expect(await ensureDatabaseUser(account, { explicit: false, log, socketPaths: [rootSocket!] })).toEqual({
      kind: 'ready',
      created: false,
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('never creates explicit credentials (MYSQL_USER/MYSQL_PASSWORD set), and says so', async () => {
    const account = target(await freshUser());
    const log = jest.fn();

    const outcome = await ensureDatabaseUser(account, { explicit: true, log, socketPaths: [rootSocket!] });

    expect(outcome.kind).toBe('refused');
    expect(outcome).toMatchObject({
      problem: expect.stringMatching(
        /refused user "linkage_setup_t\w+"\. MYSQL_USER\/MYSQL_PASSWORD are set/,
      ),
    });
    expect(await accountsOf(account.user)).toEqual([]);
    expect(log).not.toHaveBeenCalled();
  });

  it('without root access says what to run instead', async () => {
    const account = target(await freshUser());

    const outcome = await ensureDatabaseUser(account, {
      explicit: false,
      socketPaths: ['/nonexistent/mysqld.sock'],
    });

    expect(outcome).toMatchObject({
      kind: 'refused',
      problem: expect.stringContaining(
        'no root access over a local socket (/nonexistent/mysqld.sock: ENOENT). Create it once with `npm run -s db:setup -- --sql | sudo mysql -uroot`',
      ),
    });
    expect(await accountsOf(account.user)).toEqual([]);
  });

  it('leaves an existing account with another password alone and says how to fix it', async () => {
    const user = await freshUser();
    for (const statement of dbUserStatements(user, 'the-real-one')) await root.query(statement);

    const outcome = await ensureDatabaseUser(target(user, 'another'), {
      explicit: false,
      socketPaths: [rootSocket!],
    });

    expect(outcome).toMatchObject({
      kind: 'refused',
      problem: expect.stringContaining(
        'the account already exists with another password. Set MYSQL_PASSWORD',
      ),
    });
    const still = await createConnection({ ...target(user, 'the-real-one') });
    await still.end();
  });
});
