import { ACCESS_TOKEN, claimsOf, type Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import type { AccountData } from '../accounts/account-data';
import { IdentityConfig } from '../identity.config';
import { SigningKeyRing } from '../keys/signing-key-ring';

/** The caller an account becomes once signed in, as every service reads it from the token. */
export function principalOfAccount(account: AccountData): Principal {
  return {
    accountId: account.id,
    displayName: account.displayName,
    roles: account.roles,
    organisationId: account.organisationId,
    volunteerId: account.volunteerId,
  };
}

/** Signs access tokens: EdDSA with the ring's first key, its kid in the header, claims from claimsOf(). */
@Injectable()
export class AccessTokenIssuer {
  constructor(
    private readonly keys: SigningKeyRing,
    private readonly config: IdentityConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  issue(principal: Principal): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ ...claimsOf(principal) })
      .setProtectedHeader({ alg: ACCESS_TOKEN.algorithm, kid: this.keys.kid, typ: 'JWT' })
      .setIssuer(ACCESS_TOKEN.issuer)
      .setAudience(ACCESS_TOKEN.audience)
      .setSubject(principal.accountId)
      .setIssuedAt(now)
      .setExpirationTime(now + this.ttlSeconds)
      .setJti(randomUUID())
      .sign(this.keys.signingKey);
  }
}
