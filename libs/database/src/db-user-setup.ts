import { escape } from 'mysql2/promise';
import { withMysqlConnection } from './mysql-connection';

/**
 * The MySQL account the services sign in with, created on a developer's first run. `npm start` (its
 * preflight), the integration-test harness, `npm run db:setup` and CI (scripts/ci/ensure-services.sh, via
 * db:setup) all come through here, and scripts/ci/create-db-user.sql is these statements rendered for the
 * default user (a unit test keeps the two equal).
 */

/** Where the services connect, and as whom. */
export interface DbUserTarget {
  host: string;
  port: number;
  user: string;
  password: string;
}

export interface EnsureDbUserOptions {
  /**
   * True when MYSQL_USER or MYSQL_PASSWORD was set: those credentials are the operator's, so they are
   * checked but never created or changed here.
   */
  explicit: boolean;
  /** Receives the one line saying what was done, when something was. */
  log?: (line: string) => void;
  /** Sockets to try as root, in order; by default MYSQL_SOCKET and then the usual places. */
  socketPaths?: string[];
}

export type DbUserOutcome =
  | { kind: 'ready'; created: boolean }
  /** The server answered but will not let the user in, and it could not be fixed here; `problem` says what to do. */
  | { kind: 'refused'; problem: string }
  /** Nothing (or no MySQL) answered at host:port. */
  | { kind: 'unreachable'; reason: string };

type Env = Record<string, string | undefined>;

/** Every service's database is linkage_<service> (tests: linkage_<service>_t<run>). */
const DATABASE_PATTERN = '`linkage\\_%`';
/** localhost for the socket, 127.0.0.1 for TCP on this machine (an anonymous ''@localhost would shadow %). */
const ACCOUNT_HOSTS = ['localhost', '127.0.0.1', '%'];
const DEFAULT_SOCKETS = ['/run/mysqld/mysqld.sock', '/tmp/mysql.sock'];
const SQL_FILE_COMMAND = 'sudo mysql -uroot < scripts/ci/create-db-user.sql';
const GENERATED_SQL_COMMAND = 'npm run -s db:setup -- --sql | sudo mysql -uroot';
const DEFAULT_CREDENTIALS = { user: 'linkage', password: 'linkage' };
const CONNECT_TIMEOUT_MS = 3000;

/** The statements that create the user on every host it may come from and grant it every linkage_ database. */
export function dbUserStatements(user: string, password: string): string[] {
  if (!/^[A-Za-z0-9_]{1,80}$/.test(user))
    throw new Error(`MySQL user name "${user}" must be 1-80 letters, digits or _`);
  const accounts = ACCOUNT_HOSTS.map((host) => `${escape(user)}@${escape(host)}`);
  return [
    ...accounts.map((account) => `CREATE USER IF NOT EXISTS ${account} IDENTIFIED BY ${escape(password)}`),
    ...accounts.map((account) => `GRANT ALL PRIVILEGES ON ${DATABASE_PATTERN}.* TO ${account}`),
  ];
}

/** The same statements as a script for the mysql client. */
export function dbUserSql(user: string, password: string): string {
  return dbUserStatements(user, password)
    .map((statement) => `${statement};\n`)
    .join('');
}

/** MYSQL_USER / MYSQL_PASSWORD given (empty counts as unset, as in loadConfig). */
export function dbCredentialsExplicit(env: Env = process.env): boolean {
  return Boolean(env.MYSQL_USER || env.MYSQL_PASSWORD);
}

/** MYSQL_SOCKET first, then where Debian/MariaDB and MySQL's own builds put the socket. */
export function rootSocketPaths(env: Env = process.env): string[] {
  return [...new Set([env.MYSQL_SOCKET, ...DEFAULT_SOCKETS].filter((p): p is string => Boolean(p)))];
}

export function isLocalHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Makes sure `target.user` can sign in. When MySQL refuses it and the default local configuration is in
 * use, creates the user through root on the local socket (as a fresh MariaDB allows) and logs one line;
 * otherwise says exactly what to run.
 */
export async function ensureDatabaseUser(
  target: DbUserTarget,
  options: EnsureDbUserOptions,
): Promise<DbUserOutcome> {
  const first = await signIn(target);
  if (first !== 'refused') return first;
  const where = `MySQL at ${target.host}:${target.port}`;
  if (options.explicit) {
    return refused(
      `${where} refused user "${target.user}". MYSQL_USER/MYSQL_PASSWORD are set, so Linkage does not ` +
        `create or change that account: check them, or create it as root with \`${GENERATED_SQL_COMMAND}\`.`,
    );
  }
  if (!isLocalHost(target.host)) {
    return refused(
      `${where} refused user "${target.user}", and Linkage creates it only on a local MySQL. On that ` +
        `server, run \`${howToCreate(target)}\`, or set MYSQL_USER/MYSQL_PASSWORD to an existing account.`,
    );
  }

  const sockets = options.socketPaths ?? rootSocketPaths();
  const tried: string[] = [];
  for (const socketPath of sockets) {
    const attempt = await createThroughSocket(socketPath, target);
    if (attempt !== 'created') {
      tried.push(`${socketPath}: ${attempt}`);
      continue;
    }
    const after = await signIn(target);
    if (after !== 'refused') {
      options.log?.(
        `Created MySQL user "${target.user}" with all privileges on linkage\\_% (via the local root socket ${socketPath}).`,
      );
      return after.kind === 'ready' ? { kind: 'ready', created: true } : after;
    }
    // CREATE USER IF NOT EXISTS leaves an existing account's password alone, on purpose.
    return refused(
      `${where} still refuses user "${target.user}" after the set-up: the account already exists with ` +
        'another password. Set MYSQL_PASSWORD to it, or change it as root ' +
        `(ALTER USER '${target.user}'@'127.0.0.1' IDENTIFIED BY '…').`,
    );
  }
  return refused(
    `${where} refused user "${target.user}" and Linkage could not create it: no root access over a ` +
      `local socket (${tried.join('; ') || 'no socket to try'}). Create it once with ` +
      `\`${howToCreate(target)}\` (set MYSQL_SOCKET if your socket is elsewhere), or set MYSQL_USER/MYSQL_PASSWORD.`,
  );
}

function refused(problem: string): DbUserOutcome {
  return { kind: 'refused', problem };
}

function howToCreate(target: DbUserTarget): string {
  const isDefault =
    target.user === DEFAULT_CREDENTIALS.user && target.password === DEFAULT_CREDENTIALS.password;
  return isDefault ? SQL_FILE_COMMAND : GENERATED_SQL_COMMAND;
}

const REFUSALS = new Set([
  'ER_ACCESS_DENIED_ERROR',
  'ER_ACCESS_DENIED_NO_PASSWORD_ERROR', // MariaDB's answer when the name matches a password-less account
  'ER_HOST_NOT_PRIVILEGED',
  'ER_DBACCESS_DENIED_ERROR',
]);

/** Signs in over TCP as the services will; 'refused' when the server answers no to this user. */
async function signIn(target: DbUserTarget): Promise<DbUserOutcome | 'refused'> {
  try {
    await withMysqlConnection({ ...target, connectTimeout: CONNECT_TIMEOUT_MS }, () => Promise.resolve());
    return { kind: 'ready', created: false };
  } catch (error) {
    const e = error as { code?: string; message: string };
    if (e.code && REFUSALS.has(e.code)) return 'refused';
    return { kind: 'unreachable', reason: e.code ?? e.message };
  }
}

/** 'created', or why this socket could not be used. */
async function createThroughSocket(socketPath: string, target: DbUserTarget): Promise<string> {
  const root = { socketPath, user: 'root', connectTimeout: CONNECT_TIMEOUT_MS };
  try {
    return await withMysqlConnection(root, async (connection) => {
      try {
        // A socket of another server on this machine (say a second MySQL on 3307) is not the one to change.
        const [rows] = await connection.query('SELECT @@port AS port');
        const port = (rows as { port: number }[])[0]?.port;
        if (port !== target.port) return `that server listens on port ${port}, not ${target.port}`;
        for (const statement of dbUserStatements(target.user, target.password))
          await connection.query(statement);
        return 'created';
      } catch (error) {
        const e = error as { code?: string; message: string };
        return `root could not create the user (${e.code ?? e.message})`;
      }
    });
  } catch (error) {
    // Only the connection itself fails here: the work above answers every error of its own.
    const e = error as { code?: string; message: string };
    return e.code ?? e.message;
  }
}
