import { Module } from '@nestjs/common';
import { PartnerEventModule } from '../partner-events/partner-event.module';
import { ShiftModule } from '../shifts/shift.module';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { CounsellingHoursController } from './counselling-hours.controller';
import { CounsellingHoursReview } from './counselling-hours-review.service';
import { CounsellingSessionHours } from './counselling-session-hours.consumer';
import { CounsellingVerifiersRepository } from './counselling-verifiers.repository';
import { HoursChanges } from './hours-changes';
import { HoursController } from './hours.controller';
import { HoursRecording } from './hours-recording';
import { HoursRepository } from './hours.repository';
import { HoursVerification } from './hours-verification.service';
import { HoursService } from './hours.service';
import { PartnerCertification } from './partner-certification.consumer';

/**
 * Service hours. Computed on 'volunteers.attendance.checked-out'; verified and adjusted hours are told
 * through 'volunteers.hours.verified.v1' and 'volunteers.hours.adjusted' (points listen), and every
 * change of a record through volunteers.hours.recorded.v1 (partners). Partners certify hours at their
 * events' shifts through partners.hours.certified.v1; counselling sessions' peer facilitators' hours come
 * from counselling.session.completed.v1, for the programmes' counsellors to verify. Exports the service certificates read verified
 * services from, and the recording and changes declared hours go through; never the repository.
 */
@Module({
  imports: [ShiftModule, VolunteerModule, PartnerEventModule],
  controllers: [CounsellingHoursController, HoursController],
  providers: [
    CounsellingHoursReview,
    CounsellingSessionHours,
    CounsellingVerifiersRepository,
    HoursRepository,
    HoursChanges,
    HoursRecording,
    HoursService,
    HoursVerification,
    PartnerCertification,
  ],
  exports: [HoursService, HoursRecording, HoursChanges],
})
export class HoursModule {}
