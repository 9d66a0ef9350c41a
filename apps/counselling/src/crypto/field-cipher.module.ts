import { FieldCipher, fieldCipherFromEnv } from '@linkage/crypto';
import { Module } from '@nestjs/common';
import { CounsellingConfig } from '../counselling.config';

/**
 * The field cipher for what is sensitive at rest (counsellors' notes, members' check-in notes), with the
 * keys from the configuration (libs/crypto); one instance for every feature that imports it.
 */
@Module({
  providers: [
    {
      provide: FieldCipher,
      inject: [CounsellingConfig],
      useFactory: (c: CounsellingConfig) => fieldCipherFromEnv(c),
    },
  ],
  exports: [FieldCipher],
})
export class FieldCipherModule {}
