import type { ServiceDefinition } from '@linkage/service-kit';

// Accounts, credentials and tokens arrive in a later change; until then the service only proves it can
// start, reach MySQL and NATS, and serve its probes, metrics and docs.
export const identityService: ServiceDefinition = {
  name: 'identity',
  api: {
    title: 'Linkage identity',
    description:
      'Accounts, login, tokens and invitations (not yet: this version serves health, metrics and docs).',
  },
  schema: {
    database: 'linkage_identity',
    entities: [],
    migrations: [],
  },
  imports: [],
};
