import { ACCESS_TOKEN } from '@linkage/auth';
import { createPrivateKey, createPublicKey } from 'node:crypto';

/** An Ed25519 private key as a JWK, named by its `kid` (the id tokens carry in their header). */
export interface PrivateSigningJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  d: string;
  kid: string;
  alg?: string;
  use?: string;
}

/** What the JWKS endpoint publishes for each key: the public half only. */
export interface PublicSigningJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: typeof ACCESS_TOKEN.algorithm;
  use: 'sig';
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Reads JWT_SIGNING_KEYS: a JSON array of Ed25519 private JWKs, each with a distinct `kid`. The first
 * signs; all are published, so tokens signed by an older key keep verifying until they expire. Throws an
 * Error whose message says what is wrong, never the key material itself.
 */
export function parseSigningKeys(raw: string): PrivateSigningJwk[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error('must be a JSON array of Ed25519 private JWKs ([{"kty":"OKP","crv":"Ed25519",…}])');
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new Error('must be a non-empty JSON array of Ed25519 private JWKs; the first one signs');
  }
  const seen = new Set<string>();
  return parsed.map((entry, index) => {
    const key = entry as Partial<Record<keyof PrivateSigningJwk, unknown>> | null;
    const where = `key ${index + 1}`;
    if (typeof key !== 'object' || key === null) throw new Error(`${where} is not a JSON object`);
    if (key.kty !== 'OKP' || key.crv !== 'Ed25519') {
      throw new Error(`${where} is not an Ed25519 key (needs "kty":"OKP" and "crv":"Ed25519")`);
    }
    if (typeof key.kid !== 'string' || key.kid.trim() === '') throw new Error(`${where} has no "kid"`);
    if (seen.has(key.kid)) throw new Error(`${where} repeats the kid "${key.kid}"; each key needs its own`);
    seen.add(key.kid);
    if (typeof key.x !== 'string' || !BASE64URL.test(key.x)) throw new Error(`${where} has no valid "x"`);
    if (typeof key.d !== 'string' || !BASE64URL.test(key.d)) {
      throw new Error(`${where} (kid "${key.kid}") has no private part "d": identity needs private keys`);
    }
    if (key.alg !== undefined && key.alg !== ACCESS_TOKEN.algorithm) {
      throw new Error(`${where} (kid "${key.kid}") has "alg" ${JSON.stringify(key.alg)}; only EdDSA is used`);
    }
    const jwk: PrivateSigningJwk = { kty: 'OKP', crv: 'Ed25519', x: key.x, d: key.d, kid: key.kid };
    if (publicXOf(jwk) !== jwk.x) {
      throw new Error(`${where} (kid "${key.kid}"): "x" is not the public half of "d"`);
    }
    return jwk;
  });
}

/** The public "x" that belongs to a private key, or null when "d" is not an Ed25519 private key. */
function publicXOf(key: PrivateSigningJwk): string | null {
  try {
    const privateKey = createPrivateKey({ key: { ...key }, format: 'jwk' });
    return (createPublicKey(privateKey).export({ format: 'jwk' }) as { x?: string }).x ?? null;
  } catch {
    return null;
  }
}

export function publicJwkOf(key: PrivateSigningJwk): PublicSigningJwk {
  return { kty: 'OKP', crv: 'Ed25519', x: key.x, kid: key.kid, alg: ACCESS_TOKEN.algorithm, use: 'sig' };
}
