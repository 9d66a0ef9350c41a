import { Global, Module } from '@nestjs/common';
import { CounsellingAccess } from './counselling.access';
import { FacilitationRepository } from './facilitation.repository';
import { MemberFactsRepository } from './member-facts.repository';

/**
 * The counselling service's access decisions (counselling.access.ts). Global like the audit log: every
 * feature asks it, and it depends on no feature module (it reads facilitation, memberships and buddies
 * itself, by table).
 */
@Global()
@Module({
  providers: [CounsellingAccess, FacilitationRepository, MemberFactsRepository],
  exports: [CounsellingAccess],
})
export class AccessModule {}
