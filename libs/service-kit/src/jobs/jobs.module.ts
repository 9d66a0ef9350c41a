import { Module } from '@nestjs/common';
import { IntervalJobs } from './interval-jobs';

/** Timed jobs for a service's features: import it where a feature schedules work with IntervalJobs. */
@Module({
  providers: [IntervalJobs],
  exports: [IntervalJobs],
})
export class JobsModule {}
