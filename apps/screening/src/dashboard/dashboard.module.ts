import { Module } from '@nestjs/common';
import { PathwayModule } from '../pathway/pathway.module';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';

/** The campaign dashboard, read from the pre-aggregated counts and the pathway's tables only. */
@Module({
  imports: [PathwayModule],
  controllers: [DashboardController],
  providers: [DashboardRepository, DashboardService],
})
export class DashboardModule {}
