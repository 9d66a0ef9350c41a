import { ACCESS_TOKEN, claimsOf, type Principal, type Role } from '@linkage/auth';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { importJWK, SignJWT, type JWK } from 'jose';

export interface TokenOptions {
  /** Seconds from now; negative for an already expired token. */
  expiresIn?: number;
  /** Sign with a key nobody trusts. */
  foreignKey?: boolean;
}

/** A principal for tests: `principal('partner', { organisationId })`. */
export function principal(role: Role, extra: Partial<Principal> = {}): Principal {
  return {
    accountId: randomUUID(),
    displayName: `测试${role}`,
    roles: [role],
    organisationId: null,
    volunteerId: null,
    ...extra,
  };
}

/** An access token as identity would issue it, signed with this test file's key. */
export async function tokenFor(who: Principal, options: TokenOptions = {}): Promise<string> {
  const [jwk] = JSON.parse(process.env.JWT_SIGNING_KEYS ?? '[]') as (JWK & { kid: string })[];
  if (!jwk) throw new Error('no test signing key: per-file-setup.ts did not run');
  const signingJwk = options.foreignKey ? foreignJwk(jwk.kid) : jwk;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claimsOf(who) })
    .setProtectedHeader({ alg: ACCESS_TOKEN.algorithm, kid: signingJwk.kid })
    .setIssuer(ACCESS_TOKEN.issuer)
    .setAudience(ACCESS_TOKEN.audience)
    .setSubject(who.accountId)
    .setIssuedAt(now - 60)
    .setExpirationTime(now + (options.expiresIn ?? 900))
    .sign(await importJWK(signingJwk, ACCESS_TOKEN.algorithm));
}

export async function bearer(who: Principal, options?: TokenOptions): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(who, options)}` };
}

function foreignJwk(kid: string): JWK & { kid: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { ...(privateKey.export({ format: 'jwk' }) as JWK), kid };
}
