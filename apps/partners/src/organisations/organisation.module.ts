import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationController } from './organisation.controller';
import { OrganisationDirectory } from './organisation-directory';
import { Organisation } from './organisation.entity';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationRpcController } from './organisation.rpc-controller';
import { OrganisationService } from './organisation.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organisation])],
  controllers: [OrganisationController, OrganisationRpcController],
  providers: [OrganisationRepository, OrganisationService, OrganisationDirectory, Transactions],
  exports: [OrganisationDirectory],
})
export class OrganisationModule {}
