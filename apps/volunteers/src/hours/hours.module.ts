import { Module } from '@nestjs/common';
import { ShiftModule } from '../shifts/shift.module';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { HoursController } from './hours.controller';
import { HoursRecording } from './hours-recording';
import { HoursRepository } from './hours.repository';
import { HoursVerification } from './hours-verification.service';
import { HoursService } from './hours.service';

/**
 * Service hours. Computed on 'volunteers.attendance.checked-out'; verified and adjusted hours are told
 * through 'volunteers.hours.verified.v1' and 'volunteers.hours.adjusted' (points listen). Exports the
 * service certificates read verified services from; never the repository.
 */
@Module({
  imports: [ShiftModule, VolunteerModule],
  controllers: [HoursController],
  providers: [HoursRepository, HoursRecording, HoursService, HoursVerification],
  exports: [HoursService],
})
export class HoursModule {}
