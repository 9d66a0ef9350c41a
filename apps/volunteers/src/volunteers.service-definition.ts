import type { ServiceDefinition } from '@linkage/service-kit';
import { CreateVolunteers1795500000000 } from './migrations/1795500000000-create-volunteers';
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
    entities: [Volunteer],
    migrations: [CreateVolunteers1795500000000],
  },
  imports: [VolunteerModule],
};
