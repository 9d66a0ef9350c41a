import { ServiceConfig } from '@linkage/config';
import { eventContext, type EventEnvelope } from '@linkage/contracts';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { eventMessage } from '@linkage/observability';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import { NATS_CONNECTION } from '../nats.tokens';
import { DeadLetterRepository } from './dead-letter.repository';
import { EventHandlers, InvalidEventError } from './event-handlers';
import { EventsMetrics } from './events.metrics';
import { InboxRepository } from './inbox.repository';
import { retryDelay } from './retry-delay';
import { SERVICE_NAME } from './service-name';
import { apiCode, ensureStream, streamName } from './streams';

const MAX_BATCH = 100;
const CONSUMER_NOT_FOUND = 10014;
const ACK_WAIT_MS = 30000;
const PULL_EXPIRES_MS = 5000;
const LAG_EVERY_MS = 10000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;

interface Delivery {
  msg: JsMsg;
  event: EventEnvelope;
}

type Outcome = { kind: 'applied' } | { kind: 'duplicate' } | { kind: 'failed'; error: unknown };

/**
 * Consumes the events this service has handlers for: per subject one durable pull consumer named after
 * the service and the subject (its replicas share the work), explicit ack, a finite max_deliver. Messages are applied in
 * batches: one transaction, the inbox rows beside the effects; acked after the commit. When anything in a
 * batch fails, it is rolled back and applied again one event per transaction, so only the failing event
 * fails. A failed event is nak'ed with back-off and, after EVENTS_MAX_DELIVER deliveries (or at once
 * when it can never be applied), parked as a dead letter and terminated, so it never blocks the rest.
 */
@Injectable()
export class EventConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EventConsumer');
  private readonly js: JetStreamClient;
  private jsm: JetStreamManager | null = null;
  private readonly subscriptions: ConsumerMessages[] = [];
  private readonly loops: Promise<void>[] = [];
  private readonly consumers: { stream: string; durable: string }[] = [];
  private stopped = false;
  private lagTimer: NodeJS.Timeout | null = null;
  private pruneTimer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    @Inject(SERVICE_NAME) private readonly service: string,
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: ServiceConfig,
    private readonly handlers: EventHandlers,
    private readonly inbox: InboxRepository,
    private readonly deadLetters: DeadLetterRepository,
    private readonly metrics: EventsMetrics,
  ) {
    this.js = jetstream(nats);
  }

  async onApplicationBootstrap(): Promise<void> {
    const subjects = this.handlers.subjects();
    if (subjects.length === 0) return;
    this.jsm = await jetstreamManager(this.nats);
    for (const context of new Set(subjects.map(eventContext)))
      await ensureStream(this.jsm, this.config, context);
    for (const subject of subjects) {
      const stream = streamName(this.config.NATS_SUBJECT_PREFIX, eventContext(subject));
      const durable = consumerName(this.service, subject);
      await this.ensureConsumer(this.jsm, stream, durable, subject);
      this.consumers.push({ stream, durable });
      this.loops.push(this.run(stream, durable));
    }
    // Plain timers, not service-kit's IntervalJobs: housekeeping that lives and stops with the consumer
    // (a metric read, a prune by age that every replica may run at once), not a job of the service.
    this.lagTimer = setInterval(() => void this.recordLag(), LAG_EVERY_MS).unref();
    this.pruneTimer = setInterval(() => void this.pruneInbox(), PRUNE_EVERY_MS).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.lagTimer) clearInterval(this.lagTimer);
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    // Stop pulling; what is in hand finishes (and is acked) before the connection drains.
    for (const messages of this.subscriptions) await messages.close().catch(() => undefined);
    await Promise.allSettled(this.loops);
  }

  private async ensureConsumer(
    jsm: JetStreamManager,
    stream: string,
    durable: string,
    subject: string,
  ): Promise<void> {
    const settings = {
      // One subject per consumer: nats-server 2.9 (Debian's) has no filter_subjects.
      filter_subject: `${this.config.NATS_SUBJECT_PREFIX}${subject}`,
      ack_policy: AckPolicy.Explicit,
      ack_wait: nanos(ACK_WAIT_MS),
      // A little above ours: we park on the last delivery we allow; the server's limit is only a net
      // for a process that died mid-way through that last one.
      max_deliver: this.config.EVENTS_MAX_DELIVER + 2,
      max_ack_pending: 1000,
    };
    try {
      await jsm.consumers.info(stream, durable);
      await jsm.consumers.update(stream, durable, settings);
    } catch (error) {
      if (apiCode(error) !== CONSUMER_NOT_FOUND) throw error;
      await jsm.consumers
        .add(stream, { ...settings, durable_name: durable, deliver_policy: DeliverPolicy.All })
        .catch(async (addError: unknown) => {
          // Another replica created it meanwhile: bring it to these settings instead.
          const updated = await jsm.consumers.update(stream, durable, settings).catch(() => null);
          if (!updated) throw addError;
        });
    }
  }

  /** Pulls and applies until shutdown; a broken subscription (consumer deleted, …) is re-opened. */
  private async run(stream: string, durable: string): Promise<void> {
    for (let failures = 0; !this.stopped;) {
      try {
        const consumer = await this.js.consumers.get(stream, durable);
        // Pulls expire after PULL_EXPIRES_MS (heartbeats every half of it): when the consumer's leader
        // dies on a cluster, its pending pull dies with it and the client notices only after two missed
        // heartbeats, then retries the consumer's info at that same interval. The default 30 s stalled
        // every consumer whose leader was on the lost node for 30–45 s; this bounds it to a few seconds.
        const messages = await consumer.consume({ max_messages: MAX_BATCH * 2, expires: PULL_EXPIRES_MS });
        this.subscriptions.push(messages);
        failures = 0;
        await this.pump(messages);
      } catch (error) {
        if (this.stopped) return;
        failures += 1;
        this.logger.warn(`Consuming ${stream} failed (${describe(error)}); retrying`);
        await sleep(retryDelay(failures, 500, 10000));
      }
    }
  }

  /** Buffers what arrives and applies it in batches: one event when it trickles, up to MAX_BATCH in a burst. */
  private async pump(messages: ConsumerMessages): Promise<void> {
    const buffer: JsMsg[] = [];
    let draining: Promise<void> | null = null;
    const drain = async (): Promise<void> => {
      while (buffer.length > 0) await this.applyBatch(buffer.splice(0, MAX_BATCH));
      draining = null;
    };
    for await (const msg of messages) {
      buffer.push(msg);
      draining ??= drain();
      if (buffer.length >= MAX_BATCH * 2) await draining;
    }
    await draining;
  }

  private async applyBatch(msgs: JsMsg[]): Promise<void> {
    const deliveries: Delivery[] = [];
    for (const msg of msgs) {
      const delivery = await this.accept(msg);
      if (delivery) deliveries.push(delivery);
    }
    if (deliveries.length === 0) return;
    const started = Date.now();
    let outcomes: Outcome[];
    try {
      outcomes = await this.applyTogether(deliveries);
    } catch {
      // Something in the batch failed (a handler, a deadlock, another replica that recorded one of these
      // events meanwhile, a lost connection) and all of it was rolled back: apply one by one, so one
      // event's trouble is not counted against the others.
      outcomes = [];
      for (const delivery of deliveries) outcomes.push(await this.applyAlone(delivery));
    }
    const ms = Date.now() - started;
    for (const [i, outcome] of outcomes.entries()) await this.settle(deliveries[i], outcome, ms);
  }

  /** Parses the message; parks and terminates what no retry can fix, or what has been tried enough. */
  private async accept(msg: JsMsg): Promise<Delivery | null> {
    const deliveries = msg.info.deliveryCount;
    const body = msg.string();
    let event: EventEnvelope;
    try {
      event = this.handlers.parse(body);
    } catch (error) {
      await this.park(msg, body, readableIdentity(body), error);
      return null;
    }
    if (msg.redelivered) this.metrics.redelivered.inc({ service: this.service, subject: event.subject });
    if (deliveries > this.config.EVENTS_MAX_DELIVER) {
      await this.park(msg, body, event, new Error(`Gave up after ${deliveries - 1} deliveries.`));
      return null;
    }
    return { msg, event };
  }

  /**
   * A batch in one transaction, for when nothing fails: one read of which of the batch's events the inbox
   * has, one statement writing the new ones' inbox rows, then each new event's handler runs. Throws (and
   * everything is rolled back) when anything fails, e.g. another replica recorded one meanwhile.
   */
  private applyTogether(deliveries: Delivery[]): Promise<Outcome[]> {
    return this.db.transaction('READ COMMITTED', async (tx) => {
      // Read for every batch, not only redeliveries: a copy published again past JetStream's
      // de-duplication arrives as a first delivery, and without this read a run of such copies sends
      // every batch down the one-by-one path (the cluster duplicate test timed out on it under load).
      const seen = await this.inbox.applied(
        tx,
        this.service,
        deliveries.map(({ event }) => event.id),
      );
      const fresh: EventEnvelope[] = [];
      const outcomes = deliveries.map(({ event }): Outcome => {
        if (seen.has(event.id)) return { kind: 'duplicate' };
        seen.add(event.id); // a second copy of it later in this batch is a duplicate too
        fresh.push(event);
        return { kind: 'applied' };
      });
      await this.inbox.recordAll(tx, this.service, fresh, new Date());
      for (const event of fresh) await this.handlers.apply(event, tx);
      return outcomes;
    });
  }

  /** One event in a transaction of its own, after its batch failed: its failure is its own. */
  private async applyAlone({ event }: Delivery): Promise<Outcome> {
    try {
      return await this.db.transaction('READ COMMITTED', async (tx): Promise<Outcome> => {
        const fresh = await this.inbox.recordOnce(tx, this.service, event.id, event.subject, new Date());
        if (fresh) await this.handlers.apply(event, tx);
        return { kind: fresh ? 'applied' : 'duplicate' };
      });
    } catch (error) {
      return { kind: 'failed', error };
    }
  }

  private async settle({ msg, event }: Delivery, outcome: Outcome, ms: number): Promise<void> {
    const labels = { service: this.service, subject: event.subject };
    if (outcome.kind !== 'failed') {
      msg.ack();
      this.metrics.consumed.inc({ ...labels, outcome: outcome.kind });
      // One line per event taken, tied to the request it came from by the correlation id.
      this.logger.log({
        msg: eventMessage(event.subject, outcome.kind, ms),
        correlationId: event.correlationId,
      });
      return;
    }
    const deliveries = msg.info.deliveryCount;
    if (outcome.error instanceof InvalidEventError || deliveries >= this.config.EVENTS_MAX_DELIVER) {
      await this.park(msg, msg.string(), event, outcome.error);
      return;
    }
    this.metrics.consumed.inc({ ...labels, outcome: 'failed' });
    if (deliveries === 1)
      this.logger.warn(`${event.subject} ${event.id} failed (${describe(outcome.error)}); will retry`);
    msg.nak(retryDelay(deliveries, this.config.EVENTS_RETRY_BASE_MS, this.config.EVENTS_RETRY_MAX_MS));
  }

  private async park(
    msg: JsMsg,
    body: string,
    event: Pick<EventEnvelope, 'id' | 'subject'> | null,
    error: unknown,
  ): Promise<void> {
    const subject = event?.subject ?? stripPrefix(msg.subject, this.config.NATS_SUBJECT_PREFIX);
    try {
      await this.deadLetters.park({
        consumer: this.service,
        eventId: event?.id ?? null,
        subject,
        envelope: body,
        error: describe(error),
        deliveries: msg.info.deliveryCount,
      });
    } catch (parkError) {
      // Not parked: leave it to be redelivered rather than lose it.
      this.logger.error(`Could not park ${subject}: ${describe(parkError)}`);
      msg.nak(this.config.EVENTS_RETRY_MAX_MS);
      return;
    }
    msg.term(describe(error).slice(0, 200));
    this.metrics.parked.inc({ service: this.service, subject });
    this.logger.warn(`Parked ${subject} ${event?.id ?? '(unreadable)'} as a dead letter: ${describe(error)}`);
  }

  /**
   * Forgets applied events older than OUTBOX_RETENTION_HOURS: a redelivery or a republished copy comes
   * within minutes, far inside that, and a parked event was never recorded here.
   */
  private async pruneInbox(): Promise<void> {
    const before = new Date(Date.now() - this.config.OUTBOX_RETENTION_HOURS * 3600 * 1000);
    try {
      while ((await this.inbox.prune(before)) > 0 && !this.stopped) {
        // bounded batches until none are left
      }
    } catch (error) {
      this.logger.warn(`Pruning the inbox failed: ${describe(error)}`);
    }
  }

  private async recordLag(): Promise<void> {
    if (!this.jsm) return;
    for (const { stream, durable } of this.consumers) {
      const info = await this.jsm.consumers.info(stream, durable).catch(() => null);
      if (info)
        this.metrics.consumerPending.set(
          { service: this.service, consumer: durable },
          info.num_pending + info.num_ack_pending,
        );
    }
  }
}

/** The id and subject of a message that is JSON but not a valid event, so its dead letter names it. */
function readableIdentity(body: string): Pick<EventEnvelope, 'id' | 'subject'> | null {
  try {
    const { id, subject } = JSON.parse(body) as Partial<EventEnvelope>;
    if (typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) && typeof subject === 'string')
      return { id, subject: subject.slice(0, 200) };
  } catch {
    // not JSON at all: parked without an id
  }
  return null;
}

/** The durable consumer of one subject for one service, shared by the service's replicas. */
export function consumerName(service: string, subject: string): string {
  return `${service}--${subject.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function stripPrefix(subject: string, prefix: string): string {
  return prefix && subject.startsWith(prefix) ? subject.slice(prefix.length) : subject;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
