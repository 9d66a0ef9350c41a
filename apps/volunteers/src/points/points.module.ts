import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { TransactionsModule } from '../database/transactions.module';
import { ShiftModule } from '../shifts/shift.module';
import { TeamModule } from '../teams/team.module';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { PointsController } from './points.controller';
import { PointsLedgerRepository } from './points-ledger.repository';
import { PointsService } from './points.service';

/** The points ledger. Exports the service hours feed it through. */
@Module({
  imports: [AttendanceModule, ShiftModule, TeamModule, VolunteerModule, TransactionsModule],
  controllers: [PointsController],
  providers: [PointsLedgerRepository, PointsService],
  exports: [PointsService],
})
export class PointsModule {}
