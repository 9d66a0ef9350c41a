import { JwksTokenVerifier, TokenVerifier } from '@linkage/auth';
import type { Provider } from '@nestjs/common';
import { SigningKeyRing } from './signing-key-ring';

/** Identity verifies tokens with its own public keys, in memory, rather than fetching its own JWKS. */
export const identityTokenVerifier: Provider<TokenVerifier> = {
  provide: TokenVerifier,
  inject: [SigningKeyRing],
  useFactory: (ring: SigningKeyRing) => new JwksTokenVerifier({ jwks: ring.jwks() }),
};
