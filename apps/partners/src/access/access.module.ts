import { Global, Module } from '@nestjs/common';
import { PartnersAccess } from './partners.access';

/** The partners service's access decisions (partners.access.ts). Global like the audit log: every feature asks it. */
@Global()
@Module({ providers: [PartnersAccess], exports: [PartnersAccess] })
export class AccessModule {}
