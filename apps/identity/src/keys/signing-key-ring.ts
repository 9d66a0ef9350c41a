import { ACCESS_TOKEN } from '@linkage/auth';
import { Logger } from '@nestjs/common';
import { calculateJwkThumbprint, importJWK } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import type { IdentityConfig } from '../identity.config';
import type { SigningKeyRepository } from './signing-key.repository';
import { publicJwkOf, type PrivateSigningJwk, type PublicSigningJwk } from './signing-keys';

const GENERATED_SLOT = 'generated';

type SigningCryptoKey = Awaited<ReturnType<typeof importJWK>>;

/**
 * The keys access tokens are signed with: the first signs, every one is published in the JWKS, so a
 * rotation (new key first, old one kept until its tokens have expired) never breaks a token in flight.
 */
export class SigningKeyRing {
  private constructor(
    readonly kid: string,
    readonly signingKey: SigningCryptoKey,
    private readonly published: PublicSigningJwk[],
  ) {}

  static async of(keys: PrivateSigningJwk[]): Promise<SigningKeyRing> {
    const [first] = keys;
    return new SigningKeyRing(
      first.kid,
      await importJWK({ ...first }, ACCESS_TOKEN.algorithm),
      keys.map(publicJwkOf),
    );
  }

  /**
   * From JWT_SIGNING_KEYS (parsed and checked with the config), or else the key kept in the database, generated on the first start. The
   * slot's primary key settles a race between replicas starting together: the first insert wins, and
   * everyone reads the winner back.
   */
  static async load(config: IdentityConfig, keys: SigningKeyRepository): Promise<SigningKeyRing> {
    if (config.JWT_SIGNING_KEYS) return SigningKeyRing.of(config.JWT_SIGNING_KEYS);
    let stored = await keys.findBySlot(GENERATED_SLOT);
    if (!stored) {
      const generated = await generateSigningJwk();
      await keys.insertIfAbsent({
        slot: GENERATED_SLOT,
        kid: generated.kid,
        privateJwk: JSON.stringify(generated),
        createdAt: new Date(),
      });
      stored = await keys.findBySlot(GENERATED_SLOT);
      if (!stored) throw new Error('The generated signing key was not stored');
    }
    new Logger('SigningKeys').warn(
      `JWT_SIGNING_KEYS is not set: signing with the key generated on first start (kid ${stored.kid}), ` +
        'kept in the signing_keys table. Production must provide its own keys in JWT_SIGNING_KEYS.',
    );
    return SigningKeyRing.of([JSON.parse(stored.privateJwk) as PrivateSigningJwk]);
  }

  /** The public keys, as the JWKS endpoint serves them and verifiers consume them. */
  jwks(): { keys: PublicSigningJwk[] } {
    return { keys: this.published.map((key) => ({ ...key })) };
  }
}

/** A fresh Ed25519 key named by its RFC 7638 thumbprint. */
export async function generateSigningJwk(): Promise<PrivateSigningJwk> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' }) as { x: string; d: string };
  const base = { kty: 'OKP' as const, crv: 'Ed25519' as const, x: jwk.x, d: jwk.d };
  return { ...base, kid: await calculateJwkThumbprint({ kty: base.kty, crv: base.crv, x: base.x }) };
}
