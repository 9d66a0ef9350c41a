import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgrammeFacilitator } from '../facilitators/programme-facilitator.entity';
import { FacilitationRepository } from '../facilitators/facilitation.repository';
import { Programme } from '../programmes/programme.entity';
import { CounsellingAccess } from './counselling.access';
import { MemberFactsRepository } from './member-facts.repository';

/**
 * The counselling service's access decisions (counselling.access.ts). Global like the audit log: every
 * feature asks it, and it depends on no feature module (it reads facilitation, membership and buddies itself).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Programme, ProgrammeFacilitator])],
  providers: [CounsellingAccess, FacilitationRepository, MemberFactsRepository],
  exports: [CounsellingAccess],
})
export class AccessModule {}
