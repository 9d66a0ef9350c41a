import { Global, Module } from '@nestjs/common';
import { ScreeningAccess } from './screening.access';

/** The screening service's access decisions (screening.access.ts). Global like the audit log: every feature asks it. */
@Global()
@Module({ providers: [ScreeningAccess], exports: [ScreeningAccess] })
export class AccessModule {}
