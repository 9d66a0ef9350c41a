import { CreateOrganisationNames1796000000100 } from '@linkage/messaging';
import type { ServiceDefinition } from '@linkage/service-kit';
import { AccessModule } from './access/access.module';
import { Campaign, CampaignPartner } from './campaigns/campaign.entity';
import { CampaignModule } from './campaigns/campaign.module';
import { CreateCampaigns1764000000000 } from './migrations/1764000000000-create-campaigns';

export const screeningService: ServiceDefinition = {
  name: 'screening',
  api: {
    title: 'Linkage screening',
    description: 'Community cognitive-screening campaigns (the “Memory Package” project) and their partners.',
  },
  schema: {
    database: 'linkage_screening',
    entities: [Campaign, CampaignPartner],
    migrations: [CreateCampaigns1764000000000, CreateOrganisationNames1796000000100],
  },
  imports: [AccessModule, CampaignModule],
};
