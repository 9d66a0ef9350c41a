import { Injectable } from '@nestjs/common';
import { localDateOf } from '../check-ins/local-date';

/**
 * The service's "now": the day a check-in is for and the day the nudge job counts quiet days to. One
 * instance per service (ClockModule is global), so a test can set it and live through days in seconds.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today in the station's zone (Asia/Shanghai), YYYY-MM-DD. */
  today(): string {
    return localDateOf(this.now());
  }
}
