import { Module } from '@nestjs/common';
import { TransactionsModule } from '../database/transactions.module';
import { TeamModule } from '../teams/team.module';
import { ShiftController } from './shift.controller';
import { ShiftRepository } from './shift.repository';
import { ShiftSeats } from './shift-seats';
import { ShiftService } from './shift.service';
import { SourcedShifts } from './sourced-shifts.service';

/**
 * Shifts. Exports the service (scoped reads, the managed-shift transaction, the 404 answers),
 * ShiftSeats, the row lock and seat counters sign-ups build on, and SourcedShifts, the changes another
 * context's events make to the shifts made from it; never the repository. Changes are told through the
 * in-process events 'volunteers.shift.created', 'volunteers.shift.changed' and 'volunteers.shift.seats-freed'.
 */
@Module({
  imports: [TeamModule, TransactionsModule],
  controllers: [ShiftController],
  providers: [ShiftRepository, ShiftSeats, ShiftService, SourcedShifts],
  exports: [ShiftSeats, ShiftService, SourcedShifts],
})
export class ShiftModule {}
