import { ACCESS_TOKEN, JWKS_PATH } from '@linkage/auth';
import type { TestService } from '@linkage/testing';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { ADMIN, createAccount, login, startIdentity, type Tokens } from './fixtures';

describe('identity: sign-in, tokens and sign-out', () => {
  let identity: TestService;
  let admin: Tokens;

  beforeAll(async () => {
    identity = await startIdentity();
    admin = await login(identity.http, ADMIN.email, ADMIN.password);
  });
  afterAll(() => identity.close());

  it('signs the first admin in and issues an EdDSA token that verifies against the JWKS', async () => {
    const response = await identity.http.post('/api/auth/login', {
      login: ADMIN.email,
      password: ADMIN.password,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });

    const jwks = await identity.http.get(JWKS_PATH);
    expect(jwks.status).toBe(200);
    expect(jwks.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const [key] = jwks.body.keys;
    expect(key).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: expect.any(String),
      kid: expect.any(String),
      alg: 'EdDSA',
      use: 'sig',
    });
    expect(key).not.toHaveProperty('d');

    const header = decodeProtectedHeader(response.body.accessToken);
    expect(header).toMatchObject({ alg: 'EdDSA', kid: key.kid });
    const { payload } = await jwtVerify(response.body.accessToken, createLocalJWKSet(jwks.body), {
      issuer: ACCESS_TOKEN.issuer,
      audience: ACCESS_TOKEN.audience,
      algorithms: ['EdDSA'],
    });
    expect(payload).toMatchObject({ name: 'Administrator', roles: ['admin'] });
    expect(payload.exp! - payload.iat!).toBe(900);
    // The harness's AUTH_JWKS (what other services trust in tests) is the same key set.
    expect(JSON.parse(process.env.AUTH_JWKS!).keys.map((k: { kid: string }) => k.kid)).toContain(key.kid);
  });

  it('answers an unknown login and a wrong password alike, after the same work', async () => {
    const timed = async (body: object): Promise<{ ms: number; status: number; body: unknown }> => {
      const started = performance.now();
      const response = await identity.http.post('/api/auth/login', body);
      return { ms: performance.now() - started, status: response.status, body: response.body };
    };
    const wrong = await timed({ login: ADMIN.email, password: 'not-the-password-1' });
    const unknown = await timed({ login: 'nobody@linkage.test', password: 'not-the-password-1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body).toEqual({
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'The login or the password is not right.',
    });
    // An unknown account still costs an Argon2 verification (against a dummy hash).
    // (Loose bounds: only the order of magnitude is stable on a busy machine.)
    expect(unknown.ms).toBeGreaterThan(20);
    expect(unknown.ms).toBeGreaterThan(wrong.ms / 4);
  });

  it('accepts the login in any case and with spaces around it', async () => {
    const response = await identity.http.post('/api/auth/login', {
      login: `  ${ADMIN.email.toUpperCase()} `,
      password: ADMIN.password,
    });
    expect(response.status).toBe(200);
  });

  it('answers bad input with a 400 listing the fields', async () => {
    const response = await identity.http.post('/api/auth/login', { login: 42, surprise: true });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['login', 'password', 'surprise']);
  });

  it('shows the signed-in account at /api/auth/me, without its password hash', async () => {
    const me = await identity.http.withToken(admin.accessToken).get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: ADMIN.email,
      roles: ['admin'],
      active: true,
      displayName: 'Administrator',
    });
    expect(me.body.lastLoginAt).toEqual(expect.any(String));
    expect(JSON.stringify(me.body)).not.toMatch(/argon2|password/i);
  });

  it('refuses guarded endpoints without a token (401) and with a token it cannot verify', async () => {
    const none = await identity.http.get('/api/auth/me');
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('AUTH_REQUIRED');
    const forged = await identity.http.withToken(`${admin.accessToken.slice(0, -4)}AAAA`).get('/api/auth/me');
    expect(forged.status).toBe(401);
  });

  it('rotates a refresh token: the new pair works, the old token is used up', async () => {
    const first = await login(identity.http, ADMIN.email, ADMIN.password);
    const refreshed = await identity.http.post('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(first.refreshToken);
    expect((await identity.http.withToken(refreshed.body.accessToken).get('/api/auth/me')).status).toBe(200);

    const again = await identity.http.post('/api/auth/refresh', {
      refreshToken: refreshed.body.refreshToken,
    });
    expect(again.status).toBe(200);
  });

  it('revokes the whole family when a used refresh token comes back, and audits it', async () => {
    const first = await login(identity.http, ADMIN.email, ADMIN.password);
    const second = (await identity.http.post('/api/auth/refresh', { refreshToken: first.refreshToken })).body;
    const third = (await identity.http.post('/api/auth/refresh', { refreshToken: second.refreshToken })).body;

    const reuse = await identity.http.post('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
    // The newest token of the family is dead too.
    const newest = await identity.http.post('/api/auth/refresh', { refreshToken: third.refreshToken });
    expect(newest.status).toBe(401);
    expect(newest.body.code).toBe('REFRESH_TOKEN_INVALID');
    // Other sessions of the same account are untouched.
    expect((await identity.http.post('/api/auth/refresh', { refreshToken: admin.refreshToken })).status).toBe(
      200,
    );

    const audit = await identity.http
      .withToken(third.accessToken)
      .get('/api/audit?action=auth.refresh_reuse');
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ outcome: 'denied', recordType: 'account' });
  });

  it('lets exactly one of two parallel refreshes with the same token succeed', async () => {
    const session = await login(identity.http, ADMIN.email, ADMIN.password);
    const results = await Promise.all(
      [1, 2].map(() => identity.http.post('/api/auth/refresh', { refreshToken: session.refreshToken })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    // The loser found the token used, which is what a stolen copy looks like: the family is revoked, so
    // clients must not refresh the same token twice at once (one refresh in flight per session).
    expect(results.find((r) => r.status === 401)!.body.code).toBe('REFRESH_TOKEN_REUSED');
  });

  it('signs out: the refresh token and its family stop working', async () => {
    const session = await login(identity.http, ADMIN.email, ADMIN.password);
    const rotated = (await identity.http.post('/api/auth/refresh', { refreshToken: session.refreshToken }))
      .body;
    const logout = await identity.http.post('/api/auth/logout', { refreshToken: rotated.refreshToken });
    expect(logout.status).toBe(204);
    const after = await identity.http.post('/api/auth/refresh', { refreshToken: rotated.refreshToken });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('REFRESH_TOKEN_INVALID');
    // Signing out with an unknown token is not an error: there is nothing to end.
    expect((await identity.http.post('/api/auth/logout', { refreshToken: 'unknown' })).status).toBe(204);
  });

  it('refuses a refresh token nobody issued', async () => {
    const response = await identity.http.post('/api/auth/refresh', { refreshToken: 'x'.repeat(43) });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('keeps a deactivated account out (no sign-in, no refresh) until it is reactivated', async () => {
    const person = await createAccount(identity.http, admin.accessToken, 'coordinator');
    const asAdmin = identity.http.withToken(admin.accessToken);
    const deactivated = await asAdmin.post(`/api/accounts/${person.id}/deactivate`);
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.active).toBe(false);

    const denied = await identity.http.post('/api/auth/login', {
      login: person.email,
      password: person.password,
    });
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe('ACCOUNT_DEACTIVATED');
    const refresh = await identity.http.post('/api/auth/refresh', {
      refreshToken: person.tokens.refreshToken,
    });
    expect(refresh.status).toBe(401);

    expect((await asAdmin.post(`/api/accounts/${person.id}/activate`)).status).toBe(200);
    await login(identity.http, person.email, person.password);
  });

  it('audits sign-ins, allowed and denied, and never the password', async () => {
    await identity.http.post('/api/auth/login', { login: ADMIN.email, password: 'audit-me-not-42' });
    const audit = await identity.http
      .withToken(admin.accessToken)
      .get('/api/audit?action=auth.login&limit=100');
    expect(audit.status).toBe(200);
    const outcomes = new Set(audit.body.items.map((e: { outcome: string }) => e.outcome));
    expect(outcomes).toEqual(new Set(['allowed', 'denied']));
    expect(audit.body.items.find((e: any) => e.outcome === 'denied').details).toEqual(
      expect.objectContaining({ reason: expect.any(String) }),
    );
    expect(JSON.stringify(audit.body)).not.toContain('audit-me-not-42');
    expect(JSON.stringify(audit.body)).not.toContain(ADMIN.password);
  });
});
