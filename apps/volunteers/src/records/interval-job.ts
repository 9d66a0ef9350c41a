import { Logger } from '@nestjs/common';

/**
 * A sweep run every `intervalMs` (0: never; tests call the work directly). One run at a time per
 * process; what makes it safe across replicas is the work's own claim in the database.
 */
export class IntervalJob {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly name: string,
    private readonly work: () => Promise<unknown>,
  ) {
    this.logger = new Logger(name);
  }

  start(intervalMs: number): void {
    if (intervalMs === 0) return;
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.work()
      .catch((error: unknown) => this.logger.warn(`${this.name} failed: ${String(error)}`))
      .finally(() => (this.running = undefined));
  }
}
