import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGateway } from '../../apps/gateway/src/gateway';

// An import of paper forms is a file, not JSON: a 10,000-row XLSX can be over the 1 MiB every other body
// stops at, and the gateway must forward it to screening, which allows IMPORT_MAX_BYTES (10 MiB) itself.

interface Received {
  path: string;
  bytes: number;
}

/** Stands in for screening: counts what arrives and answers 201 with it. */
function startScreeningStub(received: Received[]): Promise<Server> {
  const server = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      received.push({ path: req.url ?? '', bytes });
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ bytes }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function post(
  base: string,
  path: string,
  type: string,
  body: Buffer,
): Promise<{ status: number; body: any }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname, port, method: 'POST', path, headers: { 'content-type': type } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
        });
      },
    );
    // The gateway may answer (413) and close before the whole body is written.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    req.end(body);
  });
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MiB = 1_048_576;

describe('the gateway forwards an import file up to the import limit', () => {
  const received: Received[] = [];
  let screening: Server;
  let gateway: NestFastifyApplication;
  let url: string;

  beforeAll(async () => {
    screening = await startScreeningStub(received);
    gateway = await createGateway({
      ...process.env,
      SCREENING_URL: `http://127.0.0.1:${(screening.address() as AddressInfo).port}`,
    });
    await gateway.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(gateway.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await gateway?.close();
    screening?.closeAllConnections();
    await new Promise((resolve) => screening?.close(resolve));
  });

  it('passes a 6 MiB XLSX to the import whole', async () => {
    const file = Buffer.alloc(6 * MiB, 1);
    const answer = await post(url, '/api/campaigns/abc/imports', XLSX, file);
    expect(answer).toEqual({ status: 201, body: { bytes: file.length } });
    expect(received).toContainEqual({ path: '/api/campaigns/abc/imports', bytes: file.length });
  });

  it('refuses a file over IMPORT_MAX_BYTES (10 MiB) before forwarding it', async () => {
    const before = received.length;
    const answer = await post(url, '/api/campaigns/abc/imports', 'text/csv', Buffer.alloc(11 * MiB, 1));
    expect({ status: answer.status, code: answer.body?.code }).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(received.length).toBe(before);
  });

  it('keeps 1 MiB for every other route, of screening too', async () => {
    const answer = await post(
      url,
      '/api/campaigns/abc/sessions',
      'application/json',
      Buffer.alloc(MiB + 1000, 'a'),
    );
    expect({ status: answer.status, code: answer.body?.code }).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
  });
});
