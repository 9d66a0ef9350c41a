import { ACCESS_TOKEN, claimsOf, type Principal, type Role } from '@linkage/auth';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { SignJWT, type CryptoKey, type JWK, type KeyObject } from 'jose';

/**
 * Mints access tokens as identity would issue them, with a key pair made for this run. The apps trust
 * it through AUTH_JWKS, so identity need not run.
 */
export class TokenMint {
  /** The public key set to give the apps as AUTH_JWKS. */
  readonly jwks: string;
  private readonly kid = `bench-${randomUUID()}`;
  private readonly privateKey: KeyObject | CryptoKey;

  constructor() {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const jwk: JWK = {
      ...(publicKey.export({ format: 'jwk' }) as JWK),
      kid: this.kid,
      alg: ACCESS_TOKEN.algorithm,
      use: 'sig',
    };
    this.jwks = JSON.stringify({ keys: [jwk] });
    this.privateKey = privateKey;
  }

  /** A bearer token for the principal, valid for `seconds` (long enough for the whole run). */
  async token(who: Principal, seconds = 3600): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ ...claimsOf(who) })
      .setProtectedHeader({ alg: ACCESS_TOKEN.algorithm, kid: this.kid })
      .setIssuer(ACCESS_TOKEN.issuer)
      .setAudience(ACCESS_TOKEN.audience)
      .setSubject(who.accountId)
      .setIssuedAt(now - 60)
      .setExpirationTime(now + seconds)
      .sign(this.privateKey);
  }
}

export function principal(role: Role, displayName: string, volunteerId: string | null = null): Principal {
  return { accountId: randomUUID(), displayName, roles: [role], organisationId: null, volunteerId };
}
