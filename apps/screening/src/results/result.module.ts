import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ResidentModule } from '../residents/resident.module';
import { ResultController } from './result.controller';
import { ResultFields } from './result-fields';
import { ScreeningCount, ScreeningResult } from './result.entity';
import { ResultRepository } from './result.repository';
import { ResultService } from './result.service';

/** Screening results of residents, and their pre-aggregated counts. Exports nothing yet. */
@Module({
  imports: [TypeOrmModule.forFeature([ScreeningResult, ScreeningCount]), ResidentModule],
  controllers: [ResultController],
  providers: [ResultRepository, ResultService, ResultFields, Transactions],
})
export class ResultModule {}
