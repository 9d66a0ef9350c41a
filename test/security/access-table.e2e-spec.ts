import { principal, startTestSystem, tokenFor, type HttpClient, type TestSystem } from '@linkage/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { HttpClient as Client } from '@linkage/testing';
import { counsellingService } from '../../apps/counselling/src/counselling.service-definition';
import { createGateway } from '../../apps/gateway/src/gateway';
import { identityService } from '../../apps/identity/src/identity.service-definition';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { screeningService } from '../../apps/screening/src/screening.service-definition';
import { volunteersService } from '../../apps/volunteers/src/volunteers.service-definition';
import { ALL_ROLES, ENDPOINTS, type Endpoint } from './endpoints';

const SOME_ID = '01900000-0000-7000-8000-0000000000aa';
const protectedEndpoints = ENDPOINTS.filter(
  (e): e is Endpoint & { access: readonly string[] } => e.access !== 'public',
);
const label = (e: Endpoint): string => `${e.method} ${e.path}`;
const concrete = (path: string): string => path.replace(/\{[^}]+\}/g, SOME_ID);

describe('every endpoint is guarded as the access table says', () => {
  let system: TestSystem;
  let app: NestFastifyApplication;
  let gateway: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem([
      identityService,
      volunteersService,
      partnersService,
      screeningService,
      counsellingService,
    ]);
    app = await createGateway({ ...process.env, ...system.gatewayEnv, PORT: '0' });
    await app.listen(0, '127.0.0.1');
    gateway = new Client(`http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`);
  });
  afterAll(async () => {
    await app?.close();
    await system?.close();
  });

  const call = (client: HttpClient, e: Endpoint) =>
    client.request(e.method, concrete(e.path), e.method === 'GET' ? undefined : {});

  it('lists every operation of the merged OpenAPI document, and only those', async () => {
    const docs = await gateway.get('/docs-json');
    const documented = Object.entries(docs.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) =>
        Object.keys(item)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(ENDPOINTS.map(label).sort());
  });

  it('marks the bearer scheme on every protected operation and on no public one', async () => {
    const docs = await gateway.get('/docs-json');
    for (const e of ENDPOINTS) {
      const operation = docs.body.paths[e.path]?.[e.method.toLowerCase()];
      const secured = (operation?.security ?? []).some((s: Record<string, unknown>) => 'bearer' in s);
      expect({ endpoint: label(e), secured }).toEqual({ endpoint: label(e), secured: e.access !== 'public' });
    }
  });

  describe.each(protectedEndpoints.map((e) => [label(e), e] as const))('%s', (_name, endpoint) => {
    it('is 401 without a token', async () => {
      const response = await call(gateway, endpoint);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTH_REQUIRED');
    });

    it('is 401 with an expired, a tampered or a foreign-signed token', async () => {
      const allowed = endpoint.access[0] as (typeof ALL_ROLES)[number];
      const expired = await tokenFor(principal(allowed), { expiresIn: -120 });
      const foreign = await tokenFor(principal(allowed), { foreignKey: true });
      const [header, payload, signature] = (await tokenFor(principal('volunteer'))).split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const tampered = [
        header,
        Buffer.from(JSON.stringify({ ...claims, roles: [allowed, 'admin'] })).toString('base64url'),
        signature,
      ].join('.');
      for (const [token, code] of [
        [expired, 'TOKEN_EXPIRED'],
        [foreign, 'TOKEN_INVALID'],
        [tampered, 'TOKEN_INVALID'],
        ['not-a-jwt', 'TOKEN_INVALID'],
      ]) {
        const response = await call(gateway.withToken(token), endpoint);
        expect({ token: code, status: response.status, code: response.body.code }).toEqual({
          token: code,
          status: 401,
          code,
        });
      }
    });

    const forbidden = ALL_ROLES.filter((role) => !endpoint.access.includes(role));
    if (forbidden.length > 0) {
      it(`is 403 for ${forbidden.join(', ')}`, async () => {
        for (const role of forbidden) {
          const response = await call(gateway.withToken(await tokenFor(principal(role))), endpoint);
          expect({ role, status: response.status, code: response.body.code }).toEqual({
            role,
            status: 403,
            code: 'ROLE_FORBIDDEN',
          });
        }
      });
    }
  });
});
