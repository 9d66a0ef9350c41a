import { ROLES, type Principal, type Role } from './principal';

/** Access tokens are JWTs signed by identity with EdDSA (Ed25519), verified by every service locally. */
export const ACCESS_TOKEN = {
  issuer: 'linkage-identity',
  audience: 'linkage',
  algorithm: 'EdDSA',
} as const;

/** The JWKS path on identity (public); services fetch it through IDENTITY_URL. */
export const JWKS_PATH = '/api/auth/jwks';

export interface AccessTokenClaims {
  sub: string;
  name: string;
  roles: Role[];
  org?: string;
  vol?: string;
}

export function claimsOf(principal: Principal): AccessTokenClaims {
  const claims: AccessTokenClaims = {
    sub: principal.accountId,
    name: principal.displayName,
    roles: principal.roles,
  };
  if (principal.organisationId) claims.org = principal.organisationId;
  if (principal.volunteerId) claims.vol = principal.volunteerId;
  return claims;
}

/** Reads a verified payload back into a principal; anything malformed is rejected, not guessed. */
export function principalOf(payload: Record<string, unknown>): Principal | null {
  const { sub, name, roles, org, vol } = payload;
  if (typeof sub !== 'string' || !Array.isArray(roles)) return null;
  if (!roles.every((r): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r)))
    return null;
  return {
    accountId: sub,
    displayName: typeof name === 'string' ? name : '',
    roles,
    organisationId: typeof org === 'string' ? org : null,
    volunteerId: typeof vol === 'string' ? vol : null,
  };
}
