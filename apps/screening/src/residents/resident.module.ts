import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignModule } from '../campaigns/campaign.module';
import { SessionModule } from '../sessions/session.module';
import { ConsentService } from './consent.service';
import { ResidentController } from './resident.controller';
import { ResidentDirectory } from './resident-directory';
import { ResidentEducationService } from './resident-education.service';
import { ResidentFields } from './resident-fields';
import { Resident, ResidentConsent } from './resident.entity';
import { ResidentRepository } from './resident.repository';
import { ResidentService } from './resident.service';
import { RegistrationPlace } from './registration-place';

/** Residents and their consents. Exports ResidentDirectory: what a result needs of its resident. */
@Module({
  imports: [TypeOrmModule.forFeature([Resident, ResidentConsent]), CampaignModule, SessionModule],
  controllers: [ResidentController],
  providers: [
    ResidentRepository,
    ResidentService,
    ResidentEducationService,
    ConsentService,
    ResidentDirectory,
    ResidentFields,
    RegistrationPlace,
    Transactions,
  ],
  exports: [ResidentDirectory],
})
export class ResidentModule {}
