import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityConfig } from '../identity.config';
import { SigningKey } from './signing-key.entity';
import { SigningKeyRepository } from './signing-key.repository';
import { SigningKeyRing } from './signing-key-ring';

/**
 * Provides the signing keys, loaded (or generated) once while the app is built. Global because the
 * token verifier that @linkage/auth's guard uses is built from them too (identity-token-verifier.ts).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SigningKey])],
  providers: [
    SigningKeyRepository,
    {
      provide: SigningKeyRing,
      inject: [IdentityConfig, SigningKeyRepository],
      useFactory: (config: IdentityConfig, keys: SigningKeyRepository) => SigningKeyRing.load(config, keys),
    },
  ],
  exports: [SigningKeyRing],
})
export class KeysModule {}
