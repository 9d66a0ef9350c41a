import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';

/**
 * Timed jobs whose interval comes from configuration (`@nestjs/schedule`'s `@Interval()` only takes a
 * constant, and its cron dependency loaded luxon into every app for nothing: plain timers do). An
 * interval of 0 schedules nothing: tests run the work themselves. A tick that finds the job's previous
 * run still going is skipped, so runs of one job never overlap in a process; what makes a job safe on
 * several replicas is its work's own claim in the database, which each job says. A failed run is logged
 * and the next tick tries again. On shutdown the timers stop and a run under way is awaited before the
 * database closes.
 */
@Injectable()
export class IntervalJobs implements BeforeApplicationShutdown {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();

  /** Runs `work` every `intervalMs` under `name`, which must be unique; 0 schedules nothing. */
  every(name: string, intervalMs: number, work: () => Promise<unknown>): void {
    if (intervalMs === 0) return;
    if (this.timers.has(name)) throw new Error(`A job named ${name} is scheduled already`);
    const logger = new Logger(name);
    const timer = setInterval(() => this.tick(name, work, logger), intervalMs);
    timer.unref();
    this.timers.set(name, timer);
  }

  /** The names of the jobs scheduled now. */
  scheduled(): string[] {
    return [...this.timers.keys()];
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const timer of this.timers.values()) clearInterval(timer);
    this.timers.clear();
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
