import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { IntervalJobs } from '@linkage/service-kit';
import { VolunteersConfig } from '../volunteers.config';
import { WaitlistSweep } from './waitlist-sweep.service';

/**
 * Every WAITLIST_SWEEP_INTERVAL_MS (0: off), lets overdue waitlist offers pass on and fills seats freed
 * outside a sign-up transaction. Every replica runs it: each shift is served under its row lock, so
 * replicas take turns per shift instead of doing the work twice. Offers are also checked when someone
 * claims one or signs up for the shift, so the sweep only bounds how late an untouched shift moves on.
 */
@Injectable()
export class WaitlistJob implements OnApplicationBootstrap {
  constructor(
    private readonly waitlist: WaitlistSweep,
    private readonly config: VolunteersConfig,
    private readonly jobs: IntervalJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.every('Waitlist sweep', this.config.WAITLIST_SWEEP_INTERVAL_MS, () => this.waitlist.sweep());
  }
}
