import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { IntervalJobs } from '@linkage/service-kit';
import { VolunteersConfig } from '../volunteers.config';
import { NotificationSweep } from './notification-sweep.service';

/**
 * Every NOTIFICATION_SWEEP_INTERVAL_MS (0: off, as in tests, which call the sweep themselves). Replicas
 * may all sweep: the sweep claims each reminder and each delivery in the database.
 */
@Injectable()
export class NotificationJob implements OnApplicationBootstrap {
  constructor(
    private readonly sweep: NotificationSweep,
    private readonly config: VolunteersConfig,
    private readonly jobs: IntervalJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.every('Notification sweep', this.config.NOTIFICATION_SWEEP_INTERVAL_MS, () =>
      this.sweep.sweep(),
    );
  }
}
