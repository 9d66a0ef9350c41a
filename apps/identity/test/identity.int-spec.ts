import { startTestService, type TestService } from '@linkage/testing';
// The boundary rule in eslint.config.mjs also catches an app's own tests reaching into its src/.
import { identityService } from '../src/identity.service-definition';

describe('identity: an empty service that runs', () => {
  let identity: TestService;

  beforeAll(async () => {
    identity = await startTestService(identityService);
  });
  afterAll(() => identity.close());

  it('is live and reports MySQL and NATS up when ready', async () => {
    expect((await identity.http.get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await identity.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      info: { mysql: { status: 'up' }, nats: { status: 'up' } },
    });
  });

  it('serves its OpenAPI document with no API routes yet', async () => {
    const docs = await identity.http.get('/docs-json');
    expect(docs.status).toBe(200);
    expect(docs.body.info.title).toBe('Linkage identity');
    expect(Object.keys(docs.body.paths).filter((path) => path.startsWith('/api/'))).toEqual([]);
  });

  it('serves Prometheus metrics', async () => {
    const metrics = await identity.http.get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toContain('linkage_http_request_duration_seconds');
  });

  it('answers an unknown route with a 404 in the common error shape', async () => {
    const missing = await identity.http.get('/api/accounts');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });
});
