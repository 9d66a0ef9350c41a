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
 *
 * With `cacheSize`, a token whose signature checked out is remembered with its principal until it
 * expires (least recently used first out), so the EdDSA signature, which costs most of a small request,
 * is checked once per token rather than on every request. What that gives up: a token signed by a key
 * identity has since retired stays accepted until it expires (access tokens live minutes), as it would in
 * any service that verified it before the retirement.
 */
export class JwksTokenVerifier extends TokenVerifier {
  private readonly logger = new Logger('JwksTokenVerifier');
  private readonly keys: JWTVerifyGetKey;
  private readonly verified: VerifiedTokens | null;

  constructor(source: { url: string } | { jwks: JSONWebKeySet }, options: { cacheSize?: number } = {}) {
    super();
    this.verified = options.cacheSize ? new VerifiedTokens(options.cacheSize) : null;
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
    const known = this.verified?.get(token, Date.now());
    if (known === 'expired') throw expired();
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: ACCESS_TOKEN.issuer,
        audience: ACCESS_TOKEN.audience,
        algorithms: [ACCESS_TOKEN.algorithm],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      const principal = principalOf(payload);
      if (!principal) throw new AuthError('TOKEN_INVALID', 'The access token is not valid.');
      if (typeof payload.exp === 'number') {
        this.verified?.set(token, principal, (payload.exp + CLOCK_TOLERANCE_SECONDS) * 1000);
      }
      return principal;
    } catch (error) {
      if (error instanceof AuthError) throw error;
      if (error instanceof errors.JWTExpired) throw expired();
      if (error instanceof errors.JOSEError)
        throw new AuthError('TOKEN_INVALID', 'The access token is not valid.');
      // JWKS unreachable and nothing cached: the token cannot be checked, so it is not accepted.
      this.logger.warn(`Cannot verify tokens: ${String(error)}`);
      throw new AuthError('TOKEN_INVALID', 'The access token could not be verified; try again shortly.');
    }
  }
}

const CLOCK_TOLERANCE_SECONDS = 5;

function expired(): AuthError {
  return new AuthError('TOKEN_EXPIRED', 'The access token has expired; refresh it or sign in again.');
}

/**
 * Verified tokens and their principals until they expire, at most `max` of them: a Map keeps insertion
 * order, so taking an entry out and putting it back on each hit makes the first key the least recently
 * used one, which goes when the map is full.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(private readonly max: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The principal of a token verified before, 'expired' once it has expired, undefined if not known. */
  get(token: string, now: number): Principal | 'expired' | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    this.entries.delete(token);
    if (now >= entry.expiresAt) return 'expired';
    this.entries.set(token, entry);
    return entry.principal;
  }

  set(token: string, principal: Principal, expiresAt: number): void {
    this.entries.delete(token);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { principal, expiresAt });
  }
}
