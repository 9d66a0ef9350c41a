import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '../results/age-band';

/**
 * The pathway's "now": what is overdue is decided against it. One instance per service, so a test can
 * set it and see a task fall overdue without waiting two weeks.
 */
@Injectable()
export class PathwayClock {
  now(): Date {
    return new Date();
  }

  /** Today in the station's zone (Asia/Shanghai), YYYY-MM-DD. */
  today(): string {
    return shanghaiDate(this.now());
  }
}
