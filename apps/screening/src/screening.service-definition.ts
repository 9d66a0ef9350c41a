import { CreateOrganisationNames1796000000100, DomainEventsModule } from '@linkage/messaging';
import type { ServiceDefinition } from '@linkage/service-kit';
import { AccessModule } from './access/access.module';
import { Campaign, CampaignInstrument, CampaignPartner, CampaignTarget } from './campaigns/campaign.entity';
import { CampaignModule } from './campaigns/campaign.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { ScreeningEvents } from './domain-events/screening-events';
import { EncryptionModule } from './encryption/encryption.module';
import { ExportModule } from './exports/export.module';
import { ImportModule } from './import/import.module';
import { CreateCampaigns1764000000000 } from './migrations/1764000000000-create-campaigns';
import { AddCampaignInstrumentsAndTargets1797000004000 } from './migrations/1797000004000-add-campaign-instruments-and-targets';
import { CreateResidents1797000004100 } from './migrations/1797000004100-create-residents';
import { CreateResults1797000004200 } from './migrations/1797000004200-create-results';
import { CreateScreeningSessions1797000005000 } from './migrations/1797000005000-create-screening-sessions';
import { CreatePathway1797000006000 } from './migrations/1797000006000-create-pathway';
import { CreateImports1797000006100 } from './migrations/1797000006100-create-imports';
import { PathwayModule } from './pathway/pathway.module';
import { Resident, ResidentConsent } from './residents/resident.entity';
import { ResidentModule } from './residents/resident.module';
import { ScreeningCount, ScreeningResult } from './results/result.entity';
import { ResultModule } from './results/result.module';
import { ScreeningConfig } from './screening.config';
import { ScreeningSession } from './sessions/session.entity';
import { SessionModule } from './sessions/session.module';
import { SessionScreenersRepository } from './sessions/session-screeners.repository';

export const screeningService: ServiceDefinition = {
  name: 'screening',
  api: {
    title: 'Linkage screening',
    description:
      'Community cognitive-screening campaigns (the “Memory Package” project): campaigns and their partners, residents with their consents, scored screening results, the pathway (stage-2 tasks, referrals to the hospital, follow-ups), the dashboard, and the import and export of results.',
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
      ScreeningSession,
    ],
    migrations: [
      CreateCampaigns1764000000000,
      CreateOrganisationNames1796000000100,
      AddCampaignInstrumentsAndTargets1797000004000,
      CreateResidents1797000004100,
      CreateResults1797000004200,
      CreateScreeningSessions1797000005000,
      CreatePathway1797000006000,
      CreateImports1797000006100,
    ],
  },
  config: ScreeningConfig,
  imports: [
    AccessModule.withScreenerSessions(SessionScreenersRepository),
    EncryptionModule,
    DomainEventsModule.forBus(ScreeningEvents),
    CampaignModule,
    SessionModule,
    ResidentModule,
    ResultModule,
    PathwayModule,
    DashboardModule,
    ImportModule,
    ExportModule,
  ],
};
