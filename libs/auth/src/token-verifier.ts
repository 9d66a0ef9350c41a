import { Logger } from '@nestjs/common';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import { AuthError } from './auth.error';
import type { Principal } from './principal';
import { ACCESS_TOKEN, principalOf } from './token-claims';

/** Verifies an access token and returns its principal, or throws AuthError (401). */
export abstract class TokenVerifier {
  abstract verify(token: string): Promise<Principal>;
}

/**
 * Verifies locally against identity's public keys: fetched from its JWKS URL and cached (a token with an
 * unknown `kid` refetches, so rotation needs no restart), or given inline (AUTH_JWKS) where no fetch is
 * wanted. No call to identity per request.
 */
export class JwksTokenVerifier extends TokenVerifier {
  private readonly logger = new Logger('JwksTokenVerifier');
  private readonly keys: JWTVerifyGetKey;

  constructor(source: { url: string } | { jwks: JSONWebKeySet }) {
    super();
    this.keys =
      'url' in source
        ? createRemoteJWKSet(new URL(source.url), {
            cacheMaxAge: 10 * 60_000,
            cooldownDuration: 30_000,
            timeoutDuration: 3000,
          })
        : createLocalJWKSet(source.jwks);
  }

  async verify(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: ACCESS_TOKEN.issuer,
        audience: ACCESS_TOKEN.audience,
        algorithms: [ACCESS_TOKEN.algorithm],
        clockTolerance: 5,
      });
      const principal = principalOf(payload);
      if (!principal) throw new AuthError('TOKEN_INVALID', 'The access token is not valid.');
      return principal;
    } catch (error) {
      if (error instanceof AuthError) throw error;
      if (error instanceof errors.JWTExpired) {
        throw new AuthError('TOKEN_EXPIRED', 'The access token has expired; refresh it or sign in again.');
      }
      if (error instanceof errors.JOSEError)
        throw new AuthError('TOKEN_INVALID', 'The access token is not valid.');
      // JWKS unreachable and nothing cached: the token cannot be checked, so it is not accepted.
      this.logger.warn(`Cannot verify tokens: ${String(error)}`);
      throw new AuthError('TOKEN_INVALID', 'The access token could not be verified; try again shortly.');
    }
  }
}
