import type { ServiceDefinition } from '@linkage/service-kit';
import { CreateVolunteers1795500000000 } from './migrations/1795500000000-create-volunteers';
import { ExtendVolunteerProfiles1795600000000 } from './migrations/1795600000000-extend-volunteer-profiles';
import { Certification } from './volunteers/certification.entity';
import { Consent } from './volunteers/consent.entity';
import { Volunteer } from './volunteers/volunteer.entity';
import { VolunteerModule } from './volunteers/volunteer.module';

export const volunteersService: ServiceDefinition = {
  name: 'volunteers',
  api: {
    title: 'Linkage volunteers',
    description: 'Student volunteer profiles: who they are, where they study, what they can do.',
  },
  schema: {
    database: 'linkage_volunteers',
    entities: [Volunteer, Certification, Consent],
    migrations: [CreateVolunteers1795500000000, ExtendVolunteerProfiles1795600000000],
  },
  imports: [VolunteerModule],
};
