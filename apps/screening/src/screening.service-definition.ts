import { CreateOrganisationNames1796000000100 } from '@linkage/messaging';
import type { ServiceDefinition } from '@linkage/service-kit';
import { AccessModule } from './access/access.module';
import { Campaign, CampaignInstrument, CampaignPartner, CampaignTarget } from './campaigns/campaign.entity';
import { CampaignModule } from './campaigns/campaign.module';
import { EncryptionModule } from './encryption/encryption.module';
import { CreateCampaigns1764000000000 } from './migrations/1764000000000-create-campaigns';
import { AddCampaignInstrumentsAndTargets1797000004000 } from './migrations/1797000004000-add-campaign-instruments-and-targets';
import { CreateResidents1797000004100 } from './migrations/1797000004100-create-residents';
import { CreateResults1797000004200 } from './migrations/1797000004200-create-results';
import { Resident, ResidentConsent } from './residents/resident.entity';
import { ResidentModule } from './residents/resident.module';
import { ScreeningCount, ScreeningResult } from './results/result.entity';
import { ResultModule } from './results/result.module';
import { ScreeningConfig } from './screening.config';

export const screeningService: ServiceDefinition = {
  name: 'screening',
  api: {
    title: 'Linkage screening',
    description:
      'Community cognitive-screening campaigns (the “Memory Package” project): campaigns and their partners, residents with their consents, and scored screening results.',
  },
  schema: {
    database: 'linkage_screening',
    entities: [
      Campaign,
      CampaignPartner,
      CampaignInstrument,
      CampaignTarget,
      Resident,
      ResidentConsent,
      ScreeningResult,
      ScreeningCount,
    ],
    migrations: [
      CreateCampaigns1764000000000,
      CreateOrganisationNames1796000000100,
      AddCampaignInstrumentsAndTargets1797000004000,
      CreateResidents1797000004100,
      CreateResults1797000004200,
    ],
  },
  config: ScreeningConfig,
  imports: [AccessModule, EncryptionModule, CampaignModule, ResidentModule, ResultModule],
};
