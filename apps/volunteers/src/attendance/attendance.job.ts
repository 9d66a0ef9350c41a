import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { IntervalJobs } from '@linkage/service-kit';
import { VolunteersConfig } from '../volunteers.config';
import { AttendanceService } from './attendance.service';

/**
 * Every ATTENDANCE_SWEEP_INTERVAL_MS (0: off), flags check-ins left without a check-out for 24 h; a
 * conditional UPDATE, so replicas may all run it.
 */
@Injectable()
export class AttendanceJob implements OnApplicationBootstrap {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly config: VolunteersConfig,
    private readonly jobs: IntervalJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.every('Missing check-out sweep', this.config.ATTENDANCE_SWEEP_INTERVAL_MS, () =>
      this.attendance.sweepMissingCheckOuts(),
    );
  }
}
