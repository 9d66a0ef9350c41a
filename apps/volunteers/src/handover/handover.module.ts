import { Module } from '@nestjs/common';
import { TransactionsModule } from '../database/transactions.module';
import { HandoverController } from './handover.controller';
import { HandoverRepository } from './handover.repository';
import { HandoverService } from './handover.service';

/** Hand-over of the station's service records to the national system; exports nothing. */
@Module({
  imports: [TransactionsModule],
  controllers: [HandoverController],
  providers: [HandoverRepository, HandoverService],
})
export class HandoverModule {}
