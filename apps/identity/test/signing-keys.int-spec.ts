import { ConfigError } from '@linkage/config';
import { createService } from '@linkage/service-kit';
import { dropDatabase, HttpClient, principal, startTestService, testEnv, tokenFor } from '@linkage/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { decodeProtectedHeader } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { identityService } from '../src/identity.service-definition';
import { ADMIN, login } from './fixtures';

async function listening(app: NestFastifyApplication): Promise<HttpClient> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return new HttpClient(`http://127.0.0.1:${port}`);
}

interface TestJwk {
  kty: string;
  crv: string;
  x: string;
  d: string;
  kid: string;
}

function newPrivateJwk(kid: string): TestJwk {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { ...(privateKey.export({ format: 'jwk' }) as Omit<TestJwk, 'kid'>), kid };
}

describe('identity: signing keys', () => {
  // No JWT_SIGNING_KEYS (an empty variable counts as unset): identity makes and keeps its own key.
  const generatedEnv = testEnv(identityService.schema, { JWT_SIGNING_KEYS: '', AUTH_JWKS: '' });

  afterAll(() => dropDatabase(generatedEnv));

  it('generates one key on first start, shared by replicas starting together and kept across restarts', async () => {
    await dropDatabase(generatedEnv);
    const replicas = await Promise.all([
      createService(identityService, generatedEnv),
      createService(identityService, generatedEnv),
    ]);
    let kid: string;
    try {
      const [a, b] = await Promise.all(replicas.map(listening));
      const [jwksA, jwksB] = await Promise.all([a.get('/api/auth/jwks'), b.get('/api/auth/jwks')]);
      expect(jwksA.body.keys).toHaveLength(1);
      expect(jwksB.body).toEqual(jwksA.body);
      kid = jwksA.body.keys[0].kid;
      expect(kid).toMatch(/^[A-Za-z0-9_-]{43}$/); // its RFC 7638 thumbprint
    } finally {
      await Promise.all(replicas.map((app) => app.close()));
    }

    const restarted = await createService(identityService, generatedEnv);
    try {
      const http = await listening(restarted);
      const jwks = await http.get('/api/auth/jwks');
      expect(jwks.body.keys.map((k: { kid: string }) => k.kid)).toEqual([kid]);
    } finally {
      await restarted.close();
    }
  });

  it('signs with the first of JWT_SIGNING_KEYS and still accepts tokens of the others (rotation)', async () => {
    const previous = JSON.parse(process.env.JWT_SIGNING_KEYS!) as Record<string, string>[];
    const next = newPrivateJwk('next-key');
    const identity = await startTestService(identityService, {
      JWT_SIGNING_KEYS: JSON.stringify([next, ...previous]),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    try {
      const jwks = await identity.http.get('/api/auth/jwks');
      expect(jwks.body.keys.map((k: { kid: string }) => k.kid)).toEqual(['next-key', previous[0].kid]);
      const tokens = await login(identity.http, ADMIN.email, ADMIN.password);
      expect(decodeProtectedHeader(tokens.accessToken).kid).toBe('next-key');
      // A token signed with the older key (as before the rotation) is still good until it expires.
      const older = await tokenFor(principal('admin'));
      expect(decodeProtectedHeader(older).kid).toBe(previous[0].kid);
      expect((await identity.http.withToken(older).get('/api/accounts')).status).toBe(200);
    } finally {
      await identity.close();
    }
  });

  // These fail while the config is read, before anything connects.
  it('refuses to start with unusable keys, naming the variable but never printing the key', async () => {
    const key = newPrivateJwk('bad');
    const cases: [string, RegExp][] = [
      ['not json', /JSON array/],
      ['[]', /non-empty/],
      [JSON.stringify([{ ...key, kid: undefined }]), /has no "kid"/],
      [JSON.stringify([{ ...key, d: undefined }]), /no private part/],
      [JSON.stringify([{ ...key, x: newPrivateJwk('other').x }]), /not the public half/],
      [JSON.stringify([key, key]), /repeats the kid/],
    ];
    for (const [value, problem] of cases) {
      const failure = await createService(
        identityService,
        testEnv(identityService.schema, { JWT_SIGNING_KEYS: value }),
      ).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ConfigError);
      const message = (failure as ConfigError).message;
      expect(message).toContain('JWT_SIGNING_KEYS');
      expect(message).toMatch(problem);
      expect(message).not.toContain(key.d);
    }
  });

  it('refuses a first admin password that breaks the policy, without printing it', async () => {
    const failure = await createService(
      identityService,
      testEnv(identityService.schema, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: 'short1' }),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).message).toContain(
      'ADMIN_PASSWORD: The password needs at least 10 characters',
    );
    expect((failure as ConfigError).message).not.toContain('short1');
  });

  it('refuses ADMIN_PASSWORD without ADMIN_EMAIL', async () => {
    await expect(
      createService(identityService, testEnv(identityService.schema, { ADMIN_PASSWORD: 'long-enough-2024' })),
    ).rejects.toThrow(/ADMIN_EMAIL: must be set together with ADMIN_PASSWORD/);
  });
});
