import { Injectable, Logger } from '@nestjs/common';
import { BuddyNudge } from '../buddies/buddy-nudge.service';
import { Clock } from '../clock/clock';

/** Moves the service's Clock for a walk through days, and runs the buddy nudge at the clock's time. */
@Injectable()
export class TestClockService {
  private readonly logger = new Logger(TestClockService.name);

  constructor(
    private readonly clock: Clock,
    private readonly nudge: BuddyNudge,
  ) {}

  set(at: Date): Date {
    this.clock.set(at);
    this.logger.warn(`Test clock set: the service's time is now ${at.toISOString()}`);
    return this.clock.now();
  }

  reset(): void {
    this.clock.reset();
    this.logger.warn('Test clock reset: the service runs on the real time again');
  }

  sweep(): Promise<number> {
    return this.nudge.sweep(this.clock.now());
  }
}
