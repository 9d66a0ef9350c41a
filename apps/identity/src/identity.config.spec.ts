import { ConfigError, loadConfig } from '@linkage/config';
import { generateKeyPairSync } from 'node:crypto';
import { IdentityConfig } from './identity.config';

interface TestJwk {
  kty: string;
  crv: string;
  x: string;
  d: string;
  kid: string;
}

function privateJwk(kid: string): TestJwk {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { ...(privateKey.export({ format: 'jwk' }) as Omit<TestJwk, 'kid'>), kid };
}

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(IdentityConfig, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('IdentityConfig', () => {
  it('has defaults that need no setup', () => {
    const config = loadConfig(IdentityConfig, {});
    expect(config).toMatchObject({
      ACCESS_TOKEN_TTL_SECONDS: 900,
      REFRESH_TOKEN_TTL_DAYS: 30,
      INVITATION_TTL_HOURS: 72,
      ARGON2_MEMORY_KIB: 65536,
      ARGON2_TIME_COST: 5,
      ARGON2_PARALLELISM: 1,
      LOGIN_FAILURE_WINDOW_SECONDS: 900,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: 5,
      LOGIN_MAX_FAILURES_PER_IP: 20,
    });
    expect(config.JWT_SIGNING_KEYS).toBeUndefined();
    expect(config.ADMIN_EMAIL).toBeUndefined();
  });

  it('reads the signing keys into parsed JWKs, in order', () => {
    const keys = [privateJwk('new'), privateJwk('old')];
    const config = loadConfig(IdentityConfig, { JWT_SIGNING_KEYS: JSON.stringify(keys) });
    expect(config.JWT_SIGNING_KEYS?.map((k) => k.kid)).toEqual(['new', 'old']);
  });

  it('names a bad secret without quoting it', () => {
    const key = { ...privateJwk('k'), d: undefined };
    const message = problemsOf({ JWT_SIGNING_KEYS: JSON.stringify([key]) });
    expect(message).toContain('JWT_SIGNING_KEYS: key 1 (kid "k") has no private part "d"');
    expect(message).not.toContain(key.x);

    const password = problemsOf({ ADMIN_EMAIL: 'a@b.cn', ADMIN_PASSWORD: 'onlyletters' });
    expect(password).toContain('ADMIN_PASSWORD: The password needs a digit.');
    expect(password).not.toContain('onlyletters');
  });

  it('wants ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(problemsOf({ ADMIN_EMAIL: 'a@b.cn' })).toContain(
      'ADMIN_PASSWORD: must be set together with ADMIN_EMAIL',
    );
    expect(problemsOf({ ADMIN_PASSWORD: 'long-enough-2024' })).toContain(
      'ADMIN_EMAIL: must be set together with ADMIN_PASSWORD',
    );
    expect(problemsOf({ ADMIN_EMAIL: 'nope', ADMIN_PASSWORD: 'long-enough-2024' })).toContain(
      'ADMIN_EMAIL: must be an email',
    );
  });

  it('refuses an Argon2 cost below the recommended floor', () => {
    expect(problemsOf({ ARGON2_MEMORY_KIB: '1024' })).toContain('ARGON2_MEMORY_KIB');
  });
});
