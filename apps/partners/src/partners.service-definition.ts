import type { ServiceDefinition } from '@linkage/service-kit';
import { AccessModule } from './access/access.module';
import { InboxItem } from './inbox/inbox-item.entity';
import { InboxModule } from './inbox/inbox.module';
import { EventRegistration } from './event-registrations/event-registration.entity';
import { EventRegistrationModule } from './event-registrations/event-registration.module';
import { EventTransition } from './event-registrations/event-transition.entity';
import { EventExportModule } from './event-exports/event-export.module';
import { EventHoursRecord } from './event-hours/event-hours-record.entity';
import { EventHoursModule } from './event-hours/event-hours.module';
import { EventShiftStaffing } from './event-staffing/event-shift-staffing.entity';
import { EventVolunteer } from './event-staffing/event-volunteer.entity';
import { EventStaffingModule } from './event-staffing/event-staffing.module';
import { CreateEventRegistrations1797000000000 } from './migrations/1797000000000-create-event-registrations';
import { CreateEventStaffing1797000000100 } from './migrations/1797000000100-create-event-staffing';
import { CreateEventHours1797000000200 } from './migrations/1797000000200-create-event-hours';
import { CreateOrganisations1764000000000 } from './migrations/1764000000000-create-organisations';
import { AddOrganisationStatus1796000000000 } from './migrations/1796000000000-add-organisation-status';
import { AnnounceExistingOrganisations1796000000200 } from './migrations/1796000000200-announce-existing-organisations';
import { CompleteOrganisationDirectory1797000001000 } from './migrations/1797000001000-complete-organisation-directory';
import { CreateProjects1797000001100 } from './migrations/1797000001100-create-projects';
import { CreatePartnerInbox1797000001200 } from './migrations/1797000001200-create-partner-inbox';
import { CreateOrganisationMembers1797000001300 } from './migrations/1797000001300-create-organisation-members';
import { CreateEventVolunteers1797000007000 } from './migrations/1797000007000-create-event-volunteers';
import { OrganisationMember } from './members/member.entity';
import { MemberModule } from './members/member.module';
import { Organisation } from './organisations/organisation.entity';
import { OrganisationModule } from './organisations/organisation.module';
import { Project, ProjectPartner } from './projects/project.entity';
import { ProjectModule } from './projects/project.module';

export const partnersService: ServiceDefinition = {
  name: 'partners',
  api: {
    title: 'Linkage partners',
    description:
      'Partner organisations: residents’ committees, the hospital, the foundation, social-work stations.',
  },
  schema: {
    database: 'linkage_partners',
    entities: [
      Organisation,
      Project,
      ProjectPartner,
      InboxItem,
      OrganisationMember,
      EventRegistration,
      EventTransition,
      EventShiftStaffing,
      EventVolunteer,
      EventHoursRecord,
    ],
    migrations: [
      CreateOrganisations1764000000000,
      AddOrganisationStatus1796000000000,
      AnnounceExistingOrganisations1796000000200,
      CreateEventRegistrations1797000000000,
      CreateEventStaffing1797000000100,
      CreateEventHours1797000000200,
      CompleteOrganisationDirectory1797000001000,
      CreateProjects1797000001100,
      CreatePartnerInbox1797000001200,
      CreateOrganisationMembers1797000001300,
      CreateEventVolunteers1797000007000,
    ],
  },
  imports: [
    AccessModule,
    OrganisationModule,
    ProjectModule,
    InboxModule,
    MemberModule,
    EventRegistrationModule,
    EventStaffingModule,
    EventHoursModule,
    EventExportModule,
  ],
};
