import { Module } from '@nestjs/common';
import { JobsModule } from '@linkage/service-kit';
import { TransactionsModule } from '../database/transactions.module';
import { ShiftModule } from '../shifts/shift.module';
import { SignupModule } from '../signups/signup.module';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { AttendanceController } from './attendance.controller';
import { CardScan } from './card-scan.service';
import { AttendanceJob } from './attendance.job';
import { AttendanceRecords } from './attendance-records';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceScan } from './attendance-scan.service';
import { AttendanceService } from './attendance.service';
import { CheckInCodes } from './check-in-codes.service';
import { QrSecret } from './qr-secret';
import { ServiceSecretRepository } from './service-secret.repository';
import { VolunteerCardController } from './volunteer-card.controller';
import { VolunteerCards } from './volunteer-cards.service';

/**
 * Check-in and check-out. Exports the service (who led a shift, which points read); a check-out is told
 * through the in-process event 'volunteers.attendance.checked-out', which hours handle.
 */
@Module({
  imports: [ShiftModule, SignupModule, VolunteerModule, TransactionsModule, JobsModule],
  controllers: [AttendanceController, VolunteerCardController],
  providers: [
    AttendanceJob,
    AttendanceRecords,
    AttendanceRepository,
    AttendanceScan,
    AttendanceService,
    CardScan,
    CheckInCodes,
    QrSecret,
    ServiceSecretRepository,
    VolunteerCards,
  ],
  exports: [AttendanceService],
})
export class AttendanceModule {}
