import { loadConfig, ServiceConfig } from '@linkage/config';
import { isLocalHost, rootSocketPaths } from '@linkage/database';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createConnection, type Connection } from 'mysql2/promise';
import { preflight } from '../../scripts/preflight';

// `npm start`'s preflight on a machine where MySQL has no user for Linkage yet. The default user is
// "linkage", which other tests use at the same time, so each test gives the default configuration a
// throwaway user name instead (as if ServiceConfig's default were linkage_first_t…) and drops it after.
const rootSocket = rootSocketPaths().find((path) => existsSync(path));
const withRoot = rootSocket && isLocalHost(process.env.MYSQL_HOST ?? '127.0.0.1') ? describe : describe.skip;

withRoot('first run: preflight creates the default database user', () => {
  let root: Connection;
  const made: string[] = [];
  const dropUser = async (user: string): Promise<void> => {
    for (const host of ['localhost', '127.0.0.1', '%'])
      await root.query('DROP USER IF EXISTS ?@?', [user, host]);
  };
  const freshUser = async (): Promise<string> => {
    const user = `linkage_first_t${randomBytes(4).toString('hex')}`;
    made.push(user);
    await dropUser(user);
    return user;
  };
  /** The configuration `npm start` builds when MYSQL_USER/MYSQL_PASSWORD are not set, but for `user`. */
  const defaultConfigFor = (user: string): ServiceConfig => {
    const { MYSQL_USER: _user, MYSQL_PASSWORD: _password, ...env } = process.env;
    return Object.assign(loadConfig(ServiceConfig, env), { MYSQL_USER: user, MYSQL_PASSWORD: 'first-run' });
  };

  beforeAll(async () => {
    root = await createConnection({ socketPath: rootSocket, user: 'root' });
  });
  afterAll(async () => {
    for (const user of made) await dropUser(user);
    await root.end();
  });

  it('with the default configuration, creates the user, says so in one line and finds nothing wrong', async () => {
    const user = await freshUser();
    const log = jest.fn();

    const problems = await preflight(defaultConfigFor(user), { env: {}, log });

    expect(problems).toEqual([]);
    expect(log.mock.calls).toEqual([
      [expect.stringMatching(new RegExp(`^Created MySQL user "${user}" with all`))],
    ]);
    // What the services do next: sign in over TCP.
    const asUser = await createConnection({
      host: process.env.MYSQL_HOST,
      port: Number(process.env.MYSQL_PORT),
      user,
      password: 'first-run',
    });
    await asUser.end();
  });

  it('does not create the user when MYSQL_USER is set, and says what to do', async () => {
    const user = await freshUser();
    const log = jest.fn();

    const problems = await preflight(defaultConfigFor(user), { env: { MYSQL_USER: user }, log });

    expect(problems).toEqual([
      expect.stringContaining(`refused user "${user}". MYSQL_USER/MYSQL_PASSWORD are set`),
    ]);
    expect(log).not.toHaveBeenCalled();
  });
});
