import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

/**
 * Timed jobs whose interval comes from configuration, registered with @nestjs/schedule's
 * SchedulerRegistry (its `@Interval()` decorator only takes a constant). An interval of 0 schedules
 * nothing: tests run the work themselves. A tick that finds the job's previous run still going is
 * skipped, so runs of one job never overlap in a process; what makes a job safe on several replicas is
 * its work's own claim in the database, which each job says. A failed run is logged and the next tick
 * tries again. On shutdown the intervals stop and a run under way is awaited before the database closes.
 */
@Injectable()
export class IntervalJobs implements BeforeApplicationShutdown {
  private readonly names = new Set<string>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly registry: SchedulerRegistry) {}

  /** Runs `work` every `intervalMs` under `name` (which must be unique); 0 schedules nothing. */
  every(name: string, intervalMs: number, work: () => Promise<unknown>): void {
    if (intervalMs === 0) return;
    const logger = new Logger(name);
    const timer = setInterval(() => this.tick(name, work, logger), intervalMs);
    timer.unref();
    this.registry.addInterval(name, timer);
    this.names.add(name);
  }

  async beforeApplicationShutdown(): Promise<void> {
    // ScheduleModule clears its registry at this point too; whichever runs first stops the timers.
    for (const name of this.names) {
      if (this.registry.doesExist('interval', name)) this.registry.deleteInterval(name);
    }
    this.names.clear();
    await Promise.all(this.running.values());
  }

  private tick(name: string, work: () => Promise<unknown>, logger: Logger): void {
    if (this.running.has(name)) return;
    const run = Promise.resolve()
      .then(work)
      .then(
        () => undefined,
        (error: unknown) => logger.warn(`${name} failed: ${String(error)}`),
      )
      .finally(() => this.running.delete(name));
    this.running.set(name, run);
  }
}
