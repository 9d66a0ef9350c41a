import { Module } from '@nestjs/common';
import { TransactionsModule } from '../database/transactions.module';
import { TeamModule } from '../teams/team.module';
import { ShiftController } from './shift.controller';
import { ShiftHooks } from './shift-hooks';
import { ShiftRepository } from './shift.repository';
import { ShiftService } from './shift.service';

/** Shifts. Exports what sign-ups build on: the row lock and seat counters, the hooks. */
@Module({
  imports: [TeamModule, TransactionsModule],
  controllers: [ShiftController],
  providers: [ShiftHooks, ShiftRepository, ShiftService],
  exports: [ShiftHooks, ShiftRepository, ShiftService],
})
export class ShiftModule {}
