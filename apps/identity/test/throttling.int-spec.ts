import type { HttpResponse, TestService } from '@linkage/testing';
import { DataSource } from 'typeorm';
import { ADMIN, createAccount, login, startIdentity, type Tokens } from './fixtures';

// The service trusts X-Forwarded-For (it runs behind the gateway), so each test can be its own client.
let lastAddress = 0;
const newAddress = (): string => `198.51.100.${(lastAddress += 1)}`;

describe('identity: throttling failed sign-ins', () => {
  let identity: TestService;
  let admin: Tokens;

  beforeAll(async () => {
    identity = await startIdentity({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_FAILURES_PER_IP: '20' });
    admin = await login(identity.http, ADMIN.email, ADMIN.password);
  });
  afterAll(() => identity.close());

  const attempt = (name: string, password: string, ip: string): Promise<HttpResponse> =>
    identity.http.post('/api/auth/login', { login: name, password }, { 'x-forwarded-for': ip });

  it('locks an account out after 5 failures, with Retry-After, even for the right password', async () => {
    const person = await createAccount(identity.http, admin.accessToken, 'coordinator');
    for (let i = 0; i < 5; i += 1) {
      expect((await attempt(person.email, 'wrong-password-1', newAddress())).status).toBe(401);
    }
    const throttled = await attempt(person.email, person.password, newAddress());
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('LOGIN_THROTTLED');
    const retryAfter = Number(throttled.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(890);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(throttled.body.details).toEqual({ retryAfterSeconds: retryAfter });

    // Other accounts from the same address are not affected.
    expect((await attempt(ADMIN.email, ADMIN.password, newAddress())).status).toBe(200);

    // Once the failures are older than the window, the account may try again.
    await identity.app
      .get(DataSource)
      .query('UPDATE login_failures SET occurred_at = occurred_at - INTERVAL 16 MINUTE');
    expect((await attempt(person.email, person.password, newAddress())).status).toBe(200);
  });

  it('throttles an unknown login exactly like a real one, so it tells nothing', async () => {
    const ip = newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await attempt('ghost@linkage.test', 'guess-number-1', ip)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('forgets an account’s failures after a successful sign-in', async () => {
    const person = await createAccount(identity.http, admin.accessToken, 'counsellor');
    for (let i = 0; i < 4; i += 1) await attempt(person.email, 'wrong-password-1', newAddress());
    expect((await attempt(person.email, person.password, newAddress())).status).toBe(200);
    for (let i = 0; i < 4; i += 1) {
      expect((await attempt(person.email, 'wrong-password-1', newAddress())).status).toBe(401);
    }
  });

  it('limits one address to 20 failures across accounts', async () => {
    const ip = newAddress();
    for (let i = 0; i < 20; i += 1) {
      expect((await attempt(`spray${i}@linkage.test`, 'guess-number-1', ip)).status).toBe(401);
    }
    const blocked = await attempt(ADMIN.email, ADMIN.password, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await attempt(ADMIN.email, ADMIN.password, newAddress())).status).toBe(200);

    const audit = await identity.http
      .withToken(admin.accessToken)
      .get('/api/audit?action=auth.login&outcome=denied&limit=1');
    expect(audit.body.items[0]).toMatchObject({ ip, details: { reason: 'throttled' } });
  });
});
