import { Module } from '@nestjs/common';
import { ShiftModule } from '../shifts/shift.module';
import { PartnerEventOwners } from './partner-event-owners';
import { PartnerEventShifts } from './partner-event-shifts.consumer';
import { PartnerEventVersionsRepository } from './partner-event-versions.repository';

/**
 * Partner events as volunteers follows them: partners.event.approved/changed/cancelled.v1 make and
 * change the shifts of each event (through the shifts feature's SourcedShifts). Exports
 * PartnerEventOwners (whose event it is), never the repository.
 */
@Module({
  imports: [ShiftModule],
  providers: [PartnerEventVersionsRepository, PartnerEventShifts, PartnerEventOwners],
  exports: [PartnerEventOwners],
})
export class PartnerEventModule {}
