import { OrganisationNamesModule } from '@linkage/messaging';
import { Module } from '@nestjs/common';
import { OrganisationController } from './organisation.controller';

/** Partner organisations as volunteers keeps them (a read model fed by partners' events). */
@Module({ imports: [OrganisationNamesModule], controllers: [OrganisationController] })
export class OrganisationModule {}
