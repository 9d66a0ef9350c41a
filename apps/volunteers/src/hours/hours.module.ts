import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { TransactionsModule } from '../database/transactions.module';
import { PointsModule } from '../points/points.module';
import { ShiftModule } from '../shifts/shift.module';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { HoursController } from './hours.controller';
import { HoursRepository } from './hours.repository';
import { HoursService } from './hours.service';

/** Service hours. Exports the repository certificates read verified services from. */
@Module({
  imports: [AttendanceModule, PointsModule, ShiftModule, VolunteerModule, TransactionsModule],
  controllers: [HoursController],
  providers: [HoursRepository, HoursService],
  exports: [HoursRepository],
})
export class HoursModule {}
