import { startTestService, type TestService } from '@linkage/testing';
// The boundary rule in eslint.config.mjs also catches an app's own tests reaching into its src/.
import { identityService } from '../src/identity.service-definition';

describe('identity: a service that runs', () => {
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

  it('serves its OpenAPI document with every route', async () => {
    const docs = await identity.http.get('/docs-json');
    expect(docs.status).toBe(200);
    expect(docs.body.info.title).toBe('Linkage identity');
    expect(
      Object.keys(docs.body.paths)
        .filter((path) => path.startsWith('/api/'))
        .sort(),
    ).toEqual([
      '/api/accounts',
      '/api/accounts/{id}',
      '/api/accounts/{id}/activate',
      '/api/accounts/{id}/deactivate',
      '/api/accounts/{id}/roles',
      '/api/auth/jwks',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/me',
      '/api/auth/refresh',
      '/api/invitations',
      '/api/invitations/accept',
    ]);
    expect(docs.body.components.schemas.AccountView.properties).not.toHaveProperty('passwordHash');
  });

  it('serves Prometheus metrics', async () => {
    const metrics = await identity.http.get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toContain('linkage_http_request_duration_seconds');
  });

  it('answers an unknown route with a 404 in the common error shape', async () => {
    const missing = await identity.http.get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });
});
