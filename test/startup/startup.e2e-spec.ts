import { loadConfig, ServiceConfig } from '@linkage/config';
import { dropMysqlDatabase } from '@linkage/database';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

// These start the built apps as real processes (npm test builds first), as `npm start` and Docker do.
const dist = join(__dirname, '..', '..', 'dist', 'apps');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function launch(app: string, env: Record<string, string>): { child: ChildProcess; exited: Promise<Exit> } {
  const child = spawn(process.execPath, [join(dist, app, 'src', 'main.js')], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Exit>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, exited };
}

describe('an app that cannot start says why and exits non-zero', () => {
  // An app that got as far as MySQL has created its database before it found NATS unreachable.
  const database = `linkage_startup_${process.env.LINKAGE_TEST_RUN_ID}`;
  afterAll(() => dropMysqlDatabase(loadConfig(ServiceConfig, process.env), database));

  it.each([
    ['partners', { MYSQL_PORT: 'abc' }, /MYSQL_PORT: must be a port number.*"abc"/],
    ['screening', { NATS_URL: 'http://localhost:4222' }, /NATS_URL: must be one or more nats:\/\/ URLs/],
    [
      'volunteers',
      { LOG_LEVEL: 'loud', RPC_TIMEOUT_MS: '5' },
      /(?=[\s\S]*LOG_LEVEL: .*"loud")(?=[\s\S]*RPC_TIMEOUT_MS: .*less than 100)/,
    ],
    ['gateway', { VOLUNTEERS_URL: 'volunteers:3002' }, /VOLUNTEERS_URL: must be an http\(s\) URL/],
    [
      'partners',
      { MYSQL_HOST: '127.0.0.1', MYSQL_PORT: '1' },
      /Cannot reach MySQL at 127\.0\.0\.1:1[\s\S]*docker compose up -d mysql/,
    ],
    [
      'partners',
      { MYSQL_PASSWORD: 'wrong-password' },
      /MySQL at 127.0.0.1:3306 refused the user[\s\S]*MYSQL_PASSWORD/,
    ],
    [
      'partners',
      { NATS_URL: 'nats://127.0.0.1:1' },
      /Cannot reach NATS at nats:\/\/127\.0\.0\.1:1[\s\S]*docker compose up -d nats/,
    ],
  ])('%s with %j', async (app, env, message) => {
    const { exited } = launch(app, {
      PORT: '0',
      MYSQL_DATABASE: database,
      ...env,
    });
    const result = await exited;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});

describe('graceful shutdown', () => {
  let upstream: Server;
  let upstreamPort: number;

  beforeAll(async () => {
    // A service that takes 1.5 s to answer, so a request is in flight when SIGTERM arrives.
    upstream = createServer((_req, res) => {
      setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.end('{"slow":true}');
      }, 1500);
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    upstreamPort = (upstream.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => upstream.close(resolve)));

  it('finishes in-flight requests after SIGTERM, refuses new ones, and exits 0', async () => {
    const port = 3900 + Math.floor(Math.random() * 90);
    const { child, exited } = launch('gateway', {
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      VOLUNTEERS_URL: `http://127.0.0.1:${upstreamPort}`,
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${base}/health/live`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const inFlight = fetch(`${base}/api/volunteers`).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const late = await fetch(`${base}/health/live`).then(
      (r) => r.status,
      () => 'refused',
    );

    expect(await inFlight).toEqual({ status: 200, body: { slow: true } });
    expect(late === 'refused' || late === 503).toBe(true);
    expect((await exited).code).toBe(0);
  });
});
