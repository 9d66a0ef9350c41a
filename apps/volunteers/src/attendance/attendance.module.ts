import { Module } from '@nestjs/common';
import { JobsModule } from '@linkage/service-kit';
import { TransactionsModule } from '../database/transactions.module';
import { ShiftModule } from '../shifts/shift.module';
import { SignupModule } from '../signups/signup.module';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { AttendanceController } from './attendance.controller';
import { AttendanceHooks } from './attendance-hooks';
import { AttendanceJob } from './attendance.job';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { QrSecret } from './qr-secret';
import { ServiceSecretRepository } from './service-secret.repository';

/** Check-in and check-out. Exports the hooks hours plug into and the lead records points read. */
@Module({
  imports: [ShiftModule, SignupModule, VolunteerModule, TransactionsModule, JobsModule],
  controllers: [AttendanceController],
  providers: [
    AttendanceHooks,
    AttendanceJob,
    AttendanceRepository,
    AttendanceService,
    QrSecret,
    ServiceSecretRepository,
  ],
  exports: [AttendanceHooks, AttendanceRepository],
})
export class AttendanceModule {}
