import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

// The built gateway as a real process (npm test builds first), its stdout a pipe as under npm start or
// Docker: what it prints there is what a person or a log collector reads.
const main = join(__dirname, '..', '..', 'dist', 'apps', 'gateway', 'src', 'main.js');
// Colour codes, should the environment force colours (FORCE_COLOR).
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

interface Running {
  base: string;
  child: ChildProcess;
  /** Stops the app and returns every line it printed to stdout, colours removed. */
  stop(): Promise<string[]>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function launchGateway(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && !/listening/.test(stdout); i++) await new Promise((r) => setTimeout(r, 100));
  expect(stdout).toMatch(/listening/);
  return {
    base,
    child,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      return stdout.replace(ANSI, '').split('\n').filter(Boolean);
    },
  };
}

const isJson = (line: string): boolean => {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
};

describe('logs a person can read, JSON for machines', () => {
  let upstream: Server;
  let volunteersUrl: string;

  beforeAll(async () => {
    // Stands in for volunteers, so the request below is proxied like any other.
    upstream = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end('[]');
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    volunteersUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => upstream.close(resolve)));

  it('LOG_FORMAT=pretty: one short line per request with method, path, status, time and request id; probes are quiet', async () => {
    const gateway = await launchGateway({ LOG_FORMAT: 'pretty', VOLUNTEERS_URL: volunteersUrl });
    expect(
      (await fetch(`${gateway.base}/api/shifts?limit=5`, { headers: { 'x-request-id': 'ab12cd-77' } }))
        .status,
    ).toBe(200);
    expect((await fetch(`${gateway.base}/health/live`)).status).toBe(200);
    expect((await fetch(`${gateway.base}/api/nothing-here`)).status).toBe(404);
    const lines = await gateway.stop();

    expect(lines.filter(isJson)).toEqual([]);
    const access = lines.filter((line) => /GET \/api\//.test(line));
    expect(access).toEqual([
      expect.stringMatching(/^\d\d:\d\d:\d\d INFO: +GET \/api\/shifts\?limit=5 200 \d+ms +req=ab12cd$/),
      expect.stringMatching(/^\d\d:\d\d:\d\d WARN: +GET \/api\/nothing-here 404 \d+ms +req=\w{6}$/),
    ]);
    expect(lines.filter((line) => line.includes('/health'))).toEqual([]);
    // The supervisor of npm start prefixes the app's name; a pipe means someone does, so no name here.
    expect(lines.find((line) => line.includes('(gateway)'))).toBeUndefined();
    expect(lines).toContainEqual(expect.stringMatching(/INFO: +listening on http:\/\/localhost:\d+/));
  });

  it('by default on a pipe: JSON, every line, the access line still saying what happened', async () => {
    const gateway = await launchGateway({ LOG_FORMAT: '', VOLUNTEERS_URL: volunteersUrl });
    await fetch(`${gateway.base}/api/shifts`);
    await fetch(`${gateway.base}/health/live`);
    const lines = await gateway.stop();

    expect(lines.filter((line) => !isJson(line))).toEqual([]);
    const records = lines.map((line) => JSON.parse(line) as Record<string, any>);
    const access = records.filter((r) => r.req !== undefined);
    expect(access).toEqual([
      expect.objectContaining({
        level: 30,
        name: 'gateway',
        msg: expect.stringMatching(/^GET \/api\/shifts 200 \d+ms$/),
        req: expect.objectContaining({ method: 'GET', url: '/api/shifts', id: expect.any(String) }),
        res: expect.objectContaining({ statusCode: 200 }),
        responseTime: expect.any(Number),
      }),
    ]);
  });
});
