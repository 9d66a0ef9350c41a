import { Global, Module } from '@nestjs/common';
import { CounsellingAccess } from './counselling.access';

/** The counselling service's access decisions (counselling.access.ts). Global like the audit log: every feature asks it. */
@Global()
@Module({ providers: [CounsellingAccess], exports: [CounsellingAccess] })
export class AccessModule {}
