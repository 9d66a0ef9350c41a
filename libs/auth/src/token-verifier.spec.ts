import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT, type JWK, type KeyObject } from 'jose';
import type { Principal } from './principal';
import { ACCESS_TOKEN, claimsOf } from './token-claims';
import { JwksTokenVerifier, VerifiedTokens } from './token-verifier';

// The real jwtVerify, watched: how often the verifier checks a signature is what the cache changes.
jest.mock('jose', () => {
  const actual = jest.requireActual<typeof import('jose')>('jose');
  return { ...actual, jwtVerify: jest.fn(actual.jwtVerify) };
});
const verifications = jwtVerify as jest.MockedFunction<typeof jwtVerify>;

const volunteer: Principal = {
  accountId: randomUUID(),
  displayName: '李晓雯',
  roles: ['volunteer'],
  organisationId: null,
  volunteerId: randomUUID(),
};

function keyPair(): { jwks: { keys: JWK[] }; privateKey: KeyObject; kid: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const kid = randomUUID();
  const jwk = { ...(publicKey.export({ format: 'jwk' }) as JWK), kid, alg: ACCESS_TOKEN.algorithm };
  return { jwks: { keys: [jwk] }, privateKey, kid };
}

function sign(key: ReturnType<typeof keyPair>, who: Principal, expiresAt: number): Promise<string> {
  return new SignJWT({ ...claimsOf(who) })
    .setProtectedHeader({ alg: ACCESS_TOKEN.algorithm, kid: key.kid })
    .setIssuer(ACCESS_TOKEN.issuer)
    .setAudience(ACCESS_TOKEN.audience)
    .setSubject(who.accountId)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 60)
    .setExpirationTime(expiresAt)
    .sign(key.privateKey);
}

const inSeconds = (s: number): number => Math.floor(Date.now() / 1000) + s;

describe('JwksTokenVerifier with its cache of verified tokens', () => {
  afterEach(() => jest.useRealTimers());

  it('checks a signature once per token: the second request with it costs no verification', async () => {
    const key = keyPair();
    const verifier = new JwksTokenVerifier({ jwks: key.jwks }, { cacheSize: 10 });
    const token = await sign(key, volunteer, inSeconds(600));
    verifications.mockClear();
    const first = await verifier.verify(token);
    const second = await verifier.verify(token);
    expect(second).toEqual(first);
    expect(second.volunteerId).toBe(volunteer.volunteerId);
    expect(verifications).toHaveBeenCalledTimes(1);

    const uncached = new JwksTokenVerifier({ jwks: key.jwks });
    await uncached.verify(token);
    await uncached.verify(token);
    expect(verifications).toHaveBeenCalledTimes(3);
  });

  it('still refuses a token signed by another key, and does not remember a refusal', async () => {
    const trusted = keyPair();
    const forger = { ...keyPair(), kid: trusted.kid };
    const verifier = new JwksTokenVerifier({ jwks: trusted.jwks }, { cacheSize: 10 });
    const forged = await sign(forger, volunteer, inSeconds(600));
    await expect(verifier.verify(forged)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    await expect(verifier.verify(forged)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('refuses a remembered token once it has expired (after the 5 s clock tolerance)', async () => {
    const key = keyPair();
    const verifier = new JwksTokenVerifier({ jwks: key.jwks }, { cacheSize: 10 });
    const expiresAt = inSeconds(60);
    const token = await sign(key, volunteer, expiresAt);
    await verifier.verify(token);
    jest.useFakeTimers({ now: (expiresAt + 4) * 1000, doNotFake: ['nextTick', 'setImmediate'] });
    await expect(verifier.verify(token)).resolves.toMatchObject({ accountId: volunteer.accountId });
    jest.setSystemTime((expiresAt + 6) * 1000);
    await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
  });
});

describe('VerifiedTokens', () => {
  const later = Date.now() + 60_000;

  it('keeps at most its size, dropping the least recently used token', () => {
    const cache = new VerifiedTokens(2);
    cache.set('a', volunteer, later);
    cache.set('b', volunteer, later);
    expect(cache.get('a', Date.now())).toBe(volunteer); // a is now the most recently used
    cache.set('c', volunteer, later);
    expect(cache.size).toBe(2);
    expect(cache.get('b', Date.now())).toBeUndefined();
    expect(cache.get('a', Date.now())).toBe(volunteer);
    expect(cache.get('c', Date.now())).toBe(volunteer);
  });

  it('answers expired once, then forgets the token', () => {
    const cache = new VerifiedTokens(2);
    cache.set('a', volunteer, 1000);
    expect(cache.get('a', 1000)).toBe('expired');
    expect(cache.get('a', 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
