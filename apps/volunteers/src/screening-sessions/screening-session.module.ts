import { Module } from '@nestjs/common';
import { ShiftModule } from '../shifts/shift.module';
import { ScreeningSessionShifts } from './screening-session-shifts.consumer';
import { ScreeningSessionVersionsRepository } from './screening-session-versions.repository';

/**
 * Screening sessions as volunteers follows them: screening.session.scheduled/changed/cancelled.v1 make
 * and change each session's shifts (through the shifts feature's SourcedShifts). Exports nothing.
 */
@Module({
  imports: [ShiftModule],
  providers: [ScreeningSessionVersionsRepository, ScreeningSessionShifts],
})
export class ScreeningSessionModule {}
