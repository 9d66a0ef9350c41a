import { HttpClient, principal, startTestSystem, tokenFor, type TestSystem } from '@linkage/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { counsellingService } from '../../apps/counselling/src/counselling.service-definition';
import { createGateway } from '../../apps/gateway/src/gateway';
import { identityService } from '../../apps/identity/src/identity.service-definition';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { screeningService } from '../../apps/screening/src/screening.service-definition';
import { volunteersService } from '../../apps/volunteers/src/volunteers.service-definition';

async function startGateway(
  env: Record<string, string>,
): Promise<{ app: NestFastifyApplication; http: HttpClient }> {
  const app = await createGateway({ ...process.env, ...env, PORT: '0', UPSTREAM_CHECK_TIMEOUT_MS: '1000' });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, http: new HttpClient(`http://127.0.0.1:${port}`) };
}

describe('gateway in front of every service', () => {
  let system: TestSystem;
  let gateway: { app: NestFastifyApplication; http: HttpClient };
  let coordinator: HttpClient;
  let counsellor: HttpClient;
  let admin: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem([
      identityService,
      volunteersService,
      partnersService,
      screeningService,
      counsellingService,
    ]);
    gateway = await startGateway(system.gatewayEnv);
    coordinator = gateway.http.withToken(await tokenFor(principal('coordinator')));
    counsellor = gateway.http.withToken(await tokenFor(principal('counsellor')));
    admin = gateway.http.withToken(await tokenFor(principal('admin')));
  });
  afterAll(async () => {
    await gateway?.app.close();
    await system?.close();
  });

  it('routes creates and reads to the owning services, campaign checking its organisation', async () => {
    const organisation = await coordinator.post('/api/organisations', {
      name: '滨海路社区居委会',
      kind: 'residents_committee',
    });
    expect(organisation.status).toBe(201);
    expect((await coordinator.get(`/api/organisations/${organisation.body.id}`)).body.name).toBe(
      '滨海路社区居委会',
    );

    const campaign = await coordinator.post('/api/campaigns', {
      name: '记忆礼包 · 滨海路社区筛查',
      startsOn: '2026-10-01',
      endsOn: '2026-10-31',
      partnerOrganisationIds: [organisation.body.id],
    });
    expect(campaign.status).toBe(201);
    expect(campaign.body.partners).toEqual([
      { organisationId: organisation.body.id, name: '滨海路社区居委会' },
    ]);

    const volunteer = await coordinator.post('/api/volunteers', {
      name: '李晓雯',
      studentNumber: '2023110101',
      mobile: '13912345678',
    });
    expect(volunteer.status).toBe(201);
    const programme = await counsellor.post('/api/programmes', {
      title: '倾听小组',
      kind: 'listening_group',
      capacity: 10,
      startsOn: '2026-10-08',
      endsOn: '2026-11-26',
    });
    expect(programme.status).toBe(201);
    expect((await counsellor.get('/api/programmes')).body.items.map((p: { id: string }) => p.id)).toContain(
      programme.body.id,
    );
  });

  it('passes the service’s 400 with field details through unchanged', async () => {
    const response = await coordinator.post('/api/volunteers', { name: '', mobile: '110' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['name', 'mobile', 'studentNumber']),
    );
  });

  it('keeps the caller’s request id end to end and makes one when there is none', async () => {
    const given = await coordinator.get('/api/organisations', { 'x-request-id': 'req-from-browser-42' });
    expect(given.headers.get('x-request-id')).toBe('req-from-browser-42');
    const fresh = await coordinator.get('/api/organisations');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('passes the caller’s token through: no token is a 401 from the service, a wrong role a 403', async () => {
    const anonymous = await gateway.http.get('/api/campaigns');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('AUTH_REQUIRED');
    expect((await counsellor.get('/api/campaigns')).status).toBe(403);
  });

  it('shows admins one audit trail across services, newest first, pageable, and nobody else', async () => {
    await coordinator.post('/api/organisations', { name: '审计测试社区', kind: 'residents_committee' });
    await coordinator.post('/api/organisations', { name: '审计测试社区二', kind: 'residents_committee' });
    await coordinator.post('/api/volunteers', {
      name: '审计测试',
      studentNumber: '2026000001',
      mobile: '13912345670',
    });
    const first = await admin.get('/api/audit?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0].id > first.body.items[1].id).toBe(true);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const rest = await admin.get(`/api/audit?limit=100&cursor=${first.body.nextCursor}`);
    const services = new Set(
      [...first.body.items, ...rest.body.items].map((e: { service: string }) => e.service),
    );
    // Both services written to above, merged into one trail (others may have audited reads of their own).
    expect([...services]).toEqual(expect.arrayContaining(['partners', 'volunteers']));
    const created = await admin.get('/api/audit?action=organisation.created');
    expect(created.body.items.every((e: { action: string }) => e.action === 'organisation.created')).toBe(
      true,
    );
    expect((await coordinator.get('/api/audit')).status).toBe(403);
    expect((await gateway.http.get('/api/audit')).status).toBe(401);
  });

  it('answers an unknown resource with a 404 in the error format', async () => {
    const response = await gateway.http.get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });

  it('serves one OpenAPI document with every domain service’s paths under /api, and Swagger UI', async () => {
    const docs = await gateway.http.get('/docs-json');
    expect(docs.status).toBe(200);
    const paths = Object.keys(docs.body.paths);
    expect(paths).toContain('/api/audit');
    for (const path of [
      '/api/organisations',
      '/api/organisations/{id}',
      '/api/campaigns',
      '/api/volunteers',
      '/api/programmes',
    ]) {
      expect(paths).toContain(path);
    }
    expect(paths.filter((p) => !p.startsWith('/api/') && !p.startsWith('/health'))).toEqual([]);
    expect(docs.body.components.schemas).toHaveProperty('CampaignView');
    const ui = await gateway.http.get('/docs');
    expect(ui.status).toBe(200);
    expect(String(ui.body)).toContain('swagger');
  });

  it('reports every service’s health', async () => {
    const health = await gateway.http.get('/health');
    expect(health.status).toBe(200);
    expect(Object.keys(health.body.services).sort()).toEqual([
      'counselling',
      'identity',
      'partners',
      'screening',
      'volunteers',
    ]);
    expect(Object.values(health.body.services).every((s: any) => s.status === 'up')).toBe(true);
  });

  it('answers a clear 503 naming a service that is down, fast, and reports it at /health', async () => {
    await system.services.counselling!.close({ dropDatabase: false });
    const started = Date.now();
    const response = await counsellor.get('/api/programmes');
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { service: 'counselling' } });
    expect(Date.now() - started).toBeLessThan(2000);

    const health = await gateway.http.get('/health');
    expect(health.status).toBe(503);
    expect(health.body.services.counselling.status).toBe('down');
    expect(health.body.services.partners.status).toBe('up');
    const docs = await gateway.http.get('/docs-json');
    expect(docs.body.info.description).toContain('counselling');
    expect(Object.keys(docs.body.paths)).toContain('/api/organisations');
  });
});

describe('gateway proxying headers and slow services', () => {
  let upstream: Server;
  let seen: IncomingHttpHeaders[] = [];
  let gateway: { app: NestFastifyApplication; http: HttpClient };

  beforeAll(async () => {
    // A bare HTTP server standing in for a service, to observe exactly what the gateway forwards.
    upstream = createServer((req, res) => {
      seen.push(req.headers);
      if (req.url?.startsWith('/api/shifts/slow')) return void setTimeout(() => res.end('{}'), 3000);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true, url: req.url }));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const { port } = upstream.address() as { port: number };
    gateway = await startGateway({ VOLUNTEERS_URL: `http://127.0.0.1:${port}`, PROXY_TIMEOUT_MS: '500' });
  });
  afterAll(async () => {
    await gateway?.app.close();
    upstream?.closeAllConnections();
    await new Promise((resolve) => upstream?.close(resolve));
  });
  beforeEach(() => {
    seen = [];
  });

  it('forwards the path, query, Authorization and request id unchanged', async () => {
    const response = await gateway.http.get('/api/shifts/abc/signups?limit=5', {
      authorization: 'Bearer token-123',
      'x-request-id': 'trace-7',
    });
    expect(response.body).toEqual({ ok: true, url: '/api/shifts/abc/signups?limit=5' });
    expect(seen[0].authorization).toBe('Bearer token-123');
    expect(seen[0]['x-request-id']).toBe('trace-7');
  });

  it('appends the caller’s address to X-Forwarded-For, so a forged entry never ends the list', async () => {
    await gateway.http.get('/api/shifts', { 'x-forwarded-for': '6.6.6.6' });
    expect(seen[0]['x-forwarded-for']).toBe('6.6.6.6, 127.0.0.1');
  });

  it('answers 504 naming the service when it is too slow', async () => {
    const response = await gateway.http.get('/api/shifts/slow');
    expect(response.status).toBe(504);
    expect(response.body).toMatchObject({ code: 'GATEWAY_TIMEOUT', details: { service: 'volunteers' } });
  });
});
