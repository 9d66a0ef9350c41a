import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { TeamModule } from '../teams/team.module';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { PointsController } from './points.controller';
import { PointsEarning } from './points-earning';
import { PointsLedgerRepository } from './points-ledger.repository';
import { PointsService } from './points.service';

/**
 * The points ledger. Earns on 'volunteers.hours.verified.v1', 'volunteers.hours.adjusted' and a
 * completed 'volunteers.shift.changed' (its leaders); exports nothing.
 */
@Module({
  imports: [AttendanceModule, TeamModule, VolunteerModule],
  controllers: [PointsController],
  providers: [PointsEarning, PointsLedgerRepository, PointsService],
})
export class PointsModule {}
