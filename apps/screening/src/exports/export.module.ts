import { Module } from '@nestjs/common';
import { CampaignModule } from '../campaigns/campaign.module';
import { ExportController } from './export.controller';
import { ExportRepository } from './export.repository';
import { ExportService } from './export.service';

/** The de-identified export of a campaign's results (CSV, XLSX). */
@Module({
  imports: [CampaignModule],
  controllers: [ExportController],
  providers: [ExportRepository, ExportService],
})
export class ExportModule {}
