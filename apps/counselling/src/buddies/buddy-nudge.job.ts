import { IntervalJobs } from '@linkage/service-kit';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CounsellingConfig } from '../counselling.config';
import { BuddyNudge } from './buddy-nudge.service';

/**
 * Every BUDDY_NUDGE_INTERVAL_MS (0: off, as in tests, which call the sweep with a date of their own).
 * Replicas may all run it: each nudge is claimed by the notification's unique dedupe key.
 */
@Injectable()
export class BuddyNudgeJob implements OnApplicationBootstrap {
  constructor(
    private readonly nudge: BuddyNudge,
    private readonly config: CounsellingConfig,
    private readonly jobs: IntervalJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.every('Buddy nudge', this.config.BUDDY_NUDGE_INTERVAL_MS, () => this.nudge.sweep());
  }
}
