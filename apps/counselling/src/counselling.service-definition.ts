import type { ServiceDefinition } from '@linkage/service-kit';
import { AccessModule } from './access/access.module';
import { CreateProgrammes1795500000000 } from './migrations/1795500000000-create-programmes';
import { Programme } from './programmes/programme.entity';
import { ProgrammeModule } from './programmes/programme.module';

export const counsellingService: ServiceDefinition = {
  name: 'counselling',
  api: {
    title: 'Linkage counselling',
    description:
      'Confidential group programmes: the doll-grid sand-tray salon, the listening group, peer smoking cessation.',
  },
  schema: {
    database: 'linkage_counselling',
    entities: [Programme],
    migrations: [CreateProgrammes1795500000000],
  },
  imports: [AccessModule, ProgrammeModule],
};
