import { Global, Module } from '@nestjs/common';
import { MemberAccess } from './member.access';
import { PartnersAccess } from './partners.access';

/** The partners service's access decisions (partners.access.ts). Global like the audit log: every feature asks it. */
@Global()
@Module({ providers: [PartnersAccess, MemberAccess], exports: [PartnersAccess, MemberAccess] })
export class AccessModule {}
