import { ServiceConfig } from '@linkage/config';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { DataSource, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { NATS_CONNECTION } from '../nats.tokens';
import { EventsMetrics } from './events.metrics';
import { OUTBOX_PENDING } from './outbox';
import { OutboxRepository, type OutboxRow } from './outbox.repository';
import { retryDelay } from './retry-delay';
import { SERVICE_NAME } from './service-name';

const BATCH = 200;
const PRUNE_EVERY_MS = 10 * 60 * 1000;
const PUBLISH_TIMEOUT_MS = 5000;
const PENDING_COUNT_EVERY_MS = 1000;

/**
 * Publishes the outbox. Woken at once when a transaction that wrote to the outbox commits, and by a
 * timer sweep for retries and rows another replica left. Each batch is claimed with FOR UPDATE SKIP
 * LOCKED, published in `seq` order with Nats-Msg-Id = event id (JetStream drops a second copy within
 * the duplicate window) and marked published in the same transaction. A crash between publish and
 * mark publishes the row again: at least once, which consumers' inboxes absorb.
 */
@Injectable()
export class OutboxRelay implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly js: JetStreamClient;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private timers: NodeJS.Timeout[] = [];
  private countedAt = 0;

  constructor(
    private readonly rows: OutboxRepository,
    private readonly config: ServiceConfig,
    private readonly metrics: EventsMetrics,
    @Inject(NATS_CONNECTION) nats: NatsConnection,
    @Inject(SERVICE_NAME) private readonly service: string,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    this.js = jetstream(nats, { timeout: PUBLISH_TIMEOUT_MS });
  }

  onModuleInit(): void {
    const wakeOnCommit: EntitySubscriberInterface = {
      afterTransactionCommit: (event: TransactionCommitEvent) => {
        const data = event.queryRunner.data as Record<string, unknown>;
        if (!data[OUTBOX_PENDING] || event.queryRunner.isTransactionActive) return;
        delete data[OUTBOX_PENDING];
        this.wake();
      },
    };
    this.db.subscribers.push(wakeOnCommit);
  }

  /** After every module's init, so the service's stream exists before the first publish. */
  onApplicationBootstrap(): void {
    // Plain timers, not service-kit's IntervalJobs: the sweep only wakes the relay, whose own loop already
    // coalesces wakes (one during a drain makes it go round once more) and stops with it below.
    this.timers.push(setInterval(() => this.wake(), this.config.OUTBOX_SWEEP_MS).unref());
    this.timers.push(setInterval(() => void this.prune(), PRUNE_EVERY_MS).unref());
    this.wake();
  }

  /** Publishes what is due now; a wake while a drain runs makes it go round once more. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Resolves when nothing is being published (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    await this.idle();
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        this.again = false;
        const { claimed, failed } = await this.publishBatch();
        if (claimed < BATCH || failed > 0 || this.stopped) break;
      }
      // Counted at most once a second: under a steady flow the relay goes round every few milliseconds,
      // and a count per round was one more query in the loop every event waits on.
      if (Date.now() - this.countedAt >= PENDING_COUNT_EVERY_MS) {
        this.countedAt = Date.now();
        this.metrics.outboxPending.set({ service: this.service }, await this.rows.pendingCount());
      }
    } catch (error) {
      // The database itself failed (down, deadlock): the next sweep tries again.
      this.logger.warn(`Outbox relay batch failed: ${describe(error)}`);
    }
  }

  private publishBatch(): Promise<{ claimed: number; failed: number }> {
    return this.rows.transaction(async (tx) => {
      const now = new Date();
      const rows = await this.rows.claimDue(tx, now, BATCH);
      if (rows.length === 0) return { claimed: 0, failed: 0 };
      // All publishes go out on one connection in seq order, so the stream stores them in that order;
      // only the acks are awaited together.
      const results = await Promise.allSettled(
        rows.map((row) =>
          this.js.publish(`${this.config.NATS_SUBJECT_PREFIX}${row.subject}`, row.envelope, {
            msgID: row.id,
          }),
        ),
      );
      const published: string[] = [];
      let failed = 0;
      for (const [i, result] of results.entries()) {
        const row = rows[i];
        if (result.status === 'fulfilled') {
          published.push(row.seq);
          this.metrics.published.inc({ service: this.service, subject: subjectOf(row) });
        } else {
          failed += 1;
          await this.retryLater(tx, row, now, result.reason);
        }
      }
      await this.rows.markPublished(tx, published, now);
      return { claimed: rows.length, failed };
    });
  }

  private async retryLater(
    tx: Parameters<OutboxRepository['markFailed']>[0],
    row: OutboxRow,
    now: Date,
    reason: unknown,
  ) {
    this.metrics.publishFailures.inc({ service: this.service });
    const delay = retryDelay(
      row.attempts + 1,
      this.config.EVENTS_RETRY_BASE_MS,
      this.config.EVENTS_RETRY_MAX_MS,
    );
    await this.rows.markFailed(tx, row, new Date(now.getTime() + delay), describe(reason));
    if (row.attempts === 0)
      this.logger.warn(`Publishing ${subjectOf(row)} ${row.id} failed; retrying: ${describe(reason)}`);
  }

  private async prune(): Promise<void> {
    const before = new Date(Date.now() - this.config.OUTBOX_RETENTION_HOURS * 3600 * 1000);
    try {
      while ((await this.rows.prunePublished(before)) > 0 && !this.stopped) {
        // keep deleting in bounded batches
      }
    } catch (error) {
      this.logger.warn(`Pruning the outbox failed: ${describe(error)}`);
    }
  }
}

function subjectOf(row: OutboxRow): string {
  return row.subject;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
