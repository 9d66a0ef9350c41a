import { CommonConfig, loadConfig } from '@linkage/config';
import { AppConfigModule, createHttpApp } from '@linkage/service-kit';
import { Body, Controller, Get, Module, Param, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsString, MinLength } from 'class-validator';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { createGateway } from '../../apps/gateway/src/gateway';

// Every error, whoever raises it (the gateway's router, its proxies, Node's HTTP parser, a service's body
// parser or validation), answers { statusCode, code, message } and at most `details`.

class ShiftNote {
  @IsString()
  @MinLength(1)
  text: string;
}

/** Stands in for volunteers: the HTTP part every service is built from (createHttpApp), no database. */
@Controller('shifts')
class ShiftsStubController {
  @Get(':id')
  find(@Param('id') id: string): object {
    return { id };
  }

  @Post(':id/notes')
  note(@Param('id') id: string, @Body() note: ShiftNote): object {
    return { id, text: note.text };
  }

  @Get(':id/slow')
  async slow(@Param('id') id: string): Promise<object> {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { id };
  }
}

@Module({ controllers: [ShiftsStubController] })
class StubModule {}

async function startStubService(): Promise<{ app: NestFastifyApplication; url: string }> {
  const config = loadConfig(CommonConfig, { ...process.env, TRUST_PROXY_HOPS: '1' });
  const app = await createHttpApp(
    'volunteers',
    {
      module: class StubRoot {},
      imports: [AppConfigModule.forRoot(config), StubModule],
    },
    config,
  );
  await app.listen(0, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}` };
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: any;
}

/** A raw request: the path goes out exactly as written (fetch would resolve '..' and reject 'FOO'). */
function send(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: text ? JSON.parse(text) : undefined,
        });
      });
    });
    // The server may answer (413) and close before the whole body is written.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    req.end(body);
  });
}

/** The one shape, and nothing else beside it. */
function expectErrorShape(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(answer.body.statusCode).toBe(status);
  expect(answer.body.message).toEqual(expect.stringMatching(/\w/));
  expect(
    Object.keys(answer.body).filter((k) => !['statusCode', 'code', 'message', 'details'].includes(k)),
  ).toEqual([]);
}

const json = { 'content-type': 'application/json' };
const tooLarge = Buffer.alloc(1_100_000, 'a');

describe('every error answers the one shape', () => {
  let service: { app: NestFastifyApplication; url: string };
  let slow: Server;
  let gateway: NestFastifyApplication;
  let gatewayUrl: string;

  beforeAll(async () => {
    service = await startStubService();
    // Screening stands in as a service that never answers in time.
    slow = createServer(() => undefined);
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    gateway = await createGateway({
      ...process.env,
      VOLUNTEERS_URL: service.url,
      SCREENING_URL: `http://127.0.0.1:${(slow.address() as AddressInfo).port}`,
      // Nothing listens on port 9: partners is down.
      PARTNERS_URL: 'http://127.0.0.1:9',
      PROXY_TIMEOUT_MS: '300',
      UPSTREAM_CHECK_TIMEOUT_MS: '300',
    });
    await gateway.listen(0, '127.0.0.1');
    gatewayUrl = `http://127.0.0.1:${(gateway.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await gateway?.close();
    await service?.app.close();
    slow?.closeAllConnections();
    await new Promise((resolve) => slow?.close(resolve));
  });

  it('passes a good request through, so the refusals below are the requests’ fault', async () => {
    const answer = await send(gatewayUrl, 'GET', '/api/shifts/abc');
    expect({ status: answer.status, body: answer.body }).toEqual({ status: 200, body: { id: 'abc' } });
  });

  describe('through the gateway', () => {
    it.each<[string, string, string, Record<string, string>, string | Buffer | undefined, number, string]>([
      ['an encoded slash', 'GET', '/api/shifts/%2F..%2Fidentity', {}, undefined, 400, 'BAD_PATH'],
      ['an encoded backslash', 'GET', '/api/shifts/a%5Cb', {}, undefined, 400, 'BAD_PATH'],
      ['a .. segment', 'GET', '/api/shifts/../identity/accounts', {}, undefined, 400, 'BAD_PATH'],
      ['an encoded .. segment', 'GET', '/api/shifts/%2e%2e/identity', {}, undefined, 400, 'BAD_PATH'],
      ['a malformed %-escape', 'GET', '/api/shifts/%E0%A4%A', {}, undefined, 400, 'BAD_PATH'],
      ['an unknown /api resource', 'GET', '/api/nothing-here', {}, undefined, 404, 'NOT_FOUND'],
      ['an unknown path', 'GET', '/nothing-here', {}, undefined, 404, 'NOT_FOUND'],
      ['a method a gateway route does not take', 'DELETE', '/health', {}, undefined, 404, 'NOT_FOUND'],
      ['a method HTTP does not know', 'FOO', '/api/shifts', {}, undefined, 400, 'BAD_REQUEST'],
      [
        'headers over 16 KB',
        'GET',
        '/api/shifts',
        { 'x-big': 'a'.repeat(20_000) },
        undefined,
        431,
        'HEADERS_TOO_LARGE',
      ],
      [
        'malformed JSON (the service’s parser)',
        'POST',
        '/api/shifts/abc/notes',
        json,
        '{"text": ',
        400,
        'BAD_REQUEST',
      ],
      ['an empty JSON body', 'POST', '/api/shifts/abc/notes', json, '', 400, 'BAD_REQUEST'],
      ['a body over 1 MB', 'POST', '/api/shifts/abc/notes', json, tooLarge, 413, 'PAYLOAD_TOO_LARGE'],
      [
        'a body that is not JSON',
        'POST',
        '/api/shifts/abc/notes',
        { 'content-type': 'text/xml' },
        '<a/>',
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      ['a service that is down', 'GET', '/api/organisations', {}, undefined, 503, 'SERVICE_UNAVAILABLE'],
      ['a service that is too slow', 'GET', '/api/campaigns', {}, undefined, 504, 'GATEWAY_TIMEOUT'],
    ])('%s: %s %s', async (_what, method, path, headers, body, status, code) => {
      expectErrorShape(await send(gatewayUrl, method, path, headers, body), status, code);
    });

    it('says what to fix in words, not Fastify’s', async () => {
      const bad = await send(gatewayUrl, 'POST', '/api/shifts/abc/notes', json, '{"text": ');
      expect(bad.body.message).toBe('The body is not valid JSON.');
      const slash = await send(gatewayUrl, 'GET', '/api/shifts/%2F..%2Fidentity');
      expect(slash.body.message).toMatch(/encoded or backward slash/);
      expect(slash.headers['x-request-id']).toEqual(expect.any(String));
    });

    it('passes field errors through with their details', async () => {
      const answer = await send(gatewayUrl, 'POST', '/api/shifts/abc/notes', json, '{"text": ""}');
      expectErrorShape(answer, 400, 'VALIDATION_FAILED');
      expect(answer.body.details).toEqual([{ field: 'text', messages: [expect.any(String)] }]);
    });

    it('names the service that is down or slow', async () => {
      expect((await send(gatewayUrl, 'GET', '/api/organisations')).body.details).toEqual({
        service: 'partners',
      });
      expect((await send(gatewayUrl, 'GET', '/api/campaigns')).body.details).toEqual({
        service: 'screening',
      });
    });
  });

  describe('straight at a service', () => {
    it.each<[string, string, string, Record<string, string>, string | Buffer | undefined, number, string]>([
      ['an encoded slash', 'GET', '/api/shifts/a%2Fb', {}, undefined, 400, 'BAD_PATH'],
      ['a .. segment', 'GET', '/api/shifts/../metrics', {}, undefined, 400, 'BAD_PATH'],
      ['a malformed %-escape', 'GET', '/api/shifts/%', {}, undefined, 400, 'BAD_PATH'],
      ['malformed JSON', 'POST', '/api/shifts/abc/notes', json, '{"text": ', 400, 'BAD_REQUEST'],
      ['a body over 1 MB', 'POST', '/api/shifts/abc/notes', json, tooLarge, 413, 'PAYLOAD_TOO_LARGE'],
      [
        'a body that is not JSON',
        'POST',
        '/api/shifts/abc/notes',
        { 'content-type': 'text/xml' },
        '<a/>',
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      ['an unknown route', 'GET', '/api/nothing-here', {}, undefined, 404, 'NOT_FOUND'],
      ['a method HTTP does not know', 'FOO', '/api/shifts', {}, undefined, 400, 'BAD_REQUEST'],
    ])('%s: %s %s', async (_what, method, path, headers, body, status, code) => {
      expectErrorShape(await send(service.url, method, path, headers, body), status, code);
    });
  });

  it('answers a request that arrives while a service shuts down with a 503 in the shape', async () => {
    const stopping = await startStubService();
    // A connection still busy when the app starts to close (the gateway's pool to a service, say): the
    // request that follows on it arrives after the app began to close.
    const socket = connect(Number(new URL(stopping.url).port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const ended = new Promise((resolve) => socket.on('close', resolve));
    const get = (path: string): string => `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`;
    socket.write(get('/api/shifts/abc/slow'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = stopping.app.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.write(get('/api/shifts/abc'));
    await ended;
    await closed;

    const [first, second] = received.split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 200/);
    expect(second).toMatch(/^HTTP\/1\.1 503/);
    expect(second).toMatch(/\r\nConnection: close\r\n/i);
    expect(JSON.parse(second.slice(second.indexOf('\r\n\r\n') + 4))).toEqual({
      statusCode: 503,
      code: 'SERVICE_UNAVAILABLE',
      message: expect.any(String),
    });
  });
});
