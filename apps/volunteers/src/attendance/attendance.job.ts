import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { IntervalJob } from '../records/interval-job';
import { VolunteersConfig } from '../volunteers.config';
import { AttendanceService } from './attendance.service';

/** Flags check-ins left without a check-out for 24 h; a conditional UPDATE, so replicas may all run it. */
@Injectable()
export class AttendanceJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(
    attendance: AttendanceService,
    private readonly config: VolunteersConfig,
  ) {
    this.job = new IntervalJob('Missing check-out sweep', () => attendance.sweepMissingCheckOuts());
  }

  onApplicationBootstrap(): void {
    this.job.start(this.config.ATTENDANCE_SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
