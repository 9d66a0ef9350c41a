import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGateway } from '../../apps/gateway/src/gateway';

/** The gateway serves the built portal at / (with the SPA fallback) and leaves the API's 404s alone. */
describe('the gateway serves the portal', () => {
  let app: NestFastifyApplication;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portal-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Linkage</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
    app = await createGateway({ ...process.env, PORT: '0', PORTAL_DIR: dir });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  it('answers / and client-side routes with index.html, revalidated every time', async () => {
    for (const path of ['/', '/v/shifts', '/c/shifts/0190-abc?x=1', '/login']) {
      const response = await fetch(`${base}${path}`, { headers: html });
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('serves hashed assets as immutable for a year, other files revalidated', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const icon = await fetch(`${base}/favicon.svg`);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('keeps the API, docs and health out of the fallback', async () => {
    const api = await fetch(`${base}/api/nothing-here`, { headers: html });
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    const docs = await fetch(`${base}/docs-json`);
    expect(docs.status).toBe(200);
    expect(((await docs.json()) as { openapi?: string }).openapi).toBeDefined();
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
  });

  it('answers 404 to a request that does not ask for a page, and hides the build manifest', async () => {
    expect((await fetch(`${base}/v/shifts`, { headers: { accept: 'application/json' } })).status).toBe(404);
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/.vite/manifest.json`)).status).toBe(404);
  });
});
