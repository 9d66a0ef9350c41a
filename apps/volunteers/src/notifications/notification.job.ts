import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { IntervalJob } from '../records/interval-job';
import { VolunteersConfig } from '../volunteers.config';
import { NotificationSweep } from './notification-sweep.service';

/** Every NOTIFICATION_SWEEP_INTERVAL_MS (0: off, as in tests, which call the sweep themselves). */
@Injectable()
export class NotificationJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(
    sweep: NotificationSweep,
    private readonly config: VolunteersConfig,
  ) {
    this.job = new IntervalJob('Notification sweep', () => sweep.sweep());
  }

  onApplicationBootstrap(): void {
    this.job.start(this.config.NOTIFICATION_SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
