import { Module } from '@nestjs/common';
import { TransactionsModule } from '../database/transactions.module';
import { VolunteerController } from './volunteer.controller';
import { VolunteerRepository } from './volunteer.repository';
import { VolunteerService } from './volunteer.service';

/**
 * Profiles. Exports the service: scoped lookups, the volunteer's row lock (withLocked, lockForUpdate)
 * and the summaries other features show; never the repository.
 */
@Module({
  imports: [TransactionsModule],
  controllers: [VolunteerController],
  providers: [VolunteerRepository, VolunteerService],
  exports: [VolunteerService],
})
export class VolunteerModule {}
