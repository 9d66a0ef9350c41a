import { Injectable } from '@nestjs/common';
import { localDateOf } from '../check-ins/local-date';

/**
 * The service's "now": the day a check-in is for and the day the nudge job counts quiet days to. One
 * instance per service (ClockModule is global), so a test can set it and live through days in seconds:
 * in-process tests stub `now()`, walks through the running system move it with the test clock
 * (`test-clock/`, only where COUNSELLING_TEST_CLOCK=enabled), which calls `set`.
 */
@Injectable()
export class Clock {
  /** How far the test clock has moved the service's time from the real one (0: real time). */
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today in the station's zone (Asia/Shanghai), YYYY-MM-DD. */
  today(): string {
    return localDateOf(this.now());
  }

  /** From now on the service's time is `at`, running on from there as the real time runs. */
  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  /** Back to the real time. */
  reset(): void {
    this.offsetMs = 0;
  }
}
