import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MemberModule } from '../members/member.module';
import { OrganisationModule } from '../organisations/organisation.module';
import { ProjectModule } from '../projects/project.module';
import { EventEditing } from './event-editing.service';
import { EventHistory } from './event-history';
import { EventParties } from './event-parties';
import { EventLifecycleService } from './event-lifecycle.service';
import { EventRegistrationController } from './event-registration.controller';
import { EventRegistration } from './event-registration.entity';
import { EventRegistrationRepository } from './event-registration.repository';
import { EventRegistrationService } from './event-registration.service';
import { EventStore } from './event-store';
import { EventTransition } from './event-transition.entity';

/** Exports the service only: staffing, hours and exports find events (and who may see them) through it. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EventRegistration, EventTransition]),
    OrganisationModule,
    ProjectModule,
    MemberModule,
  ],
  controllers: [EventRegistrationController],
  providers: [
    EventRegistrationRepository,
    EventRegistrationService,
    EventEditing,
    EventStore,
    EventParties,
    EventLifecycleService,
    EventHistory,
    Transactions,
  ],
  exports: [EventRegistrationService],
})
export class EventRegistrationModule {}
