import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { VolunteersConfig } from '../volunteers.config';
import { WaitlistService } from './waitlist.service';

/**
 * Every WAITLIST_SWEEP_INTERVAL_MS, lets overdue waitlist offers pass on and fills seats freed outside
 * a sign-up transaction. Every replica runs it: each shift is served under its row lock, so replicas
 * take turns per shift instead of doing the work twice. Offers are also checked when someone claims
 * one or signs up for the shift, so the sweep only bounds how late an untouched shift moves on.
 */
@Injectable()
export class WaitlistJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WaitlistJob.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly waitlist: WaitlistService,
    private readonly config: VolunteersConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.WAITLIST_SWEEP_INTERVAL_MS === 0) return;
    this.timer = setInterval(() => this.tick(), this.config.WAITLIST_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.waitlist
      .sweep()
      .catch((error: unknown) => this.logger.warn(`Waitlist sweep failed: ${String(error)}`))
      .finally(() => (this.running = undefined));
  }
}
