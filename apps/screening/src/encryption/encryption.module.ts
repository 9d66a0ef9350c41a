import { BlindIndex, blindIndexFromEnv, FieldCipher, fieldCipherFromEnv } from '@linkage/crypto';
import { Global, Module } from '@nestjs/common';
import { ScreeningConfig } from '../screening.config';

/**
 * The field cipher (AES-256-GCM, key id inside each value) and the blind index (HMAC-SHA256) every
 * feature that stores residents' data uses, built once at boot from the service's config: a missing
 * key in production stops the start there rather than at the first resident.
 */
@Global()
@Module({
  providers: [
    {
      provide: FieldCipher,
      inject: [ScreeningConfig],
      useFactory: (c: ScreeningConfig) => fieldCipherFromEnv(c),
    },
    {
      provide: BlindIndex,
      inject: [ScreeningConfig],
      useFactory: (c: ScreeningConfig) => blindIndexFromEnv(c),
    },
  ],
  exports: [FieldCipher, BlindIndex],
})
export class EncryptionModule {}
