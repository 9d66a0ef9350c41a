import { OrganisationNamesModule } from '@linkage/messaging';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignController } from './campaign.controller';
import { Campaign, CampaignPartner } from './campaign.entity';
import { CampaignRepository } from './campaign.repository';
import { CampaignService } from './campaign.service';

@Module({
  imports: [TypeOrmModule.forFeature([Campaign, CampaignPartner]), OrganisationNamesModule],
  controllers: [CampaignController],
  providers: [CampaignRepository, CampaignService],
})
export class CampaignModule {}
