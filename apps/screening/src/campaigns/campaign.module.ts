import { OrganisationNamesModule } from '@linkage/messaging';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignController } from './campaign.controller';
import { CampaignDirectory } from './campaign-directory';
import { Campaign, CampaignInstrument, CampaignPartner, CampaignTarget } from './campaign.entity';
import { CampaignRepository } from './campaign.repository';
import { CampaignService } from './campaign.service';

/** Campaigns. Exports CampaignDirectory: a campaign's communities and instruments, for residents and results. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Campaign, CampaignPartner, CampaignInstrument, CampaignTarget]),
    OrganisationNamesModule,
  ],
  controllers: [CampaignController],
  providers: [CampaignRepository, CampaignService, CampaignDirectory],
  exports: [CampaignDirectory],
})
export class CampaignModule {}
