import { RequestContext, type RequestContextData } from '@linkage/auth';
import {
  EVENT_CATALOGUE,
  payloadClassOf,
  type EventEnvelope,
  type EventPayload,
  type EventSubject,
} from '@linkage/contracts';
import { newId, type Tx } from '@linkage/database';
import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { OutboxRepository } from './outbox.repository';
import { SERVICE_NAME } from './service-name';

/**
 * One event to add: a subject with its own payload type. `context` is the request it comes of, when it is
 * written outside that request's own context (a batch writing the events of several requests at once).
 */
export type OutboxEvent = {
  [S in EventSubject]: { subject: S; payload: EventPayload<S>; context?: RequestContextData };
}[EventSubject];

/** Marks a transaction as having written to the outbox, so its commit wakes the relay. */
export const OUTBOX_PENDING = 'linkageOutboxPending';

/**
 * Writes domain events in the caller's transaction: the event is published if and only if the change
 * commits. A subject can only be added with its own payload type; the payload is also validated here,
 * so a producer's mistake fails its own request instead of parking the event at every consumer.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly rows: OutboxRepository,
    @Inject(SERVICE_NAME) private readonly producer: string,
  ) {}

  async add<S extends EventSubject>(
    tx: Tx,
    subject: S,
    payload: EventPayload<S>,
  ): Promise<EventEnvelope<EventPayload<S>>> {
    const [envelope] = await this.addAll(tx, [{ subject, payload } as OutboxEvent]);
    return envelope as EventEnvelope<EventPayload<S>>;
  }

  /** Adds several events in one statement, in order. */
  async addAll(tx: Tx, events: readonly OutboxEvent[]): Promise<EventEnvelope[]> {
    const runner = tx.queryRunner;
    const subjects = events.map((e) => e.subject).join(', ');
    if (!runner?.isTransactionActive) {
      throw new Error(`Outbox.add(${subjects}) needs the caller's transaction (tx), not a plain manager.`);
    }
    if (events.length === 0) return [];
    const current = RequestContext.current();
    const now = new Date();
    const envelopes = events.map(({ subject, payload, context = current }): EventEnvelope => {
      if (EVENT_CATALOGUE[subject].producer !== this.producer) {
        throw new Error(
          `${this.producer} may not publish ${subject}: its producer is ${EVENT_CATALOGUE[subject].producer}.`,
        );
      }
      assertValid(subject, payload);
      return {
        id: newId(),
        subject,
        occurredAt: now.toISOString(),
        producer: this.producer,
        correlationId: context?.requestId ?? randomUUID(),
        causationId: context?.causationId ?? null,
        payload,
      };
    });
    await this.rows.insertAll(
      tx,
      envelopes.map((envelope) => ({
        id: envelope.id,
        subject: envelope.subject,
        envelope: JSON.stringify(envelope),
        createdAt: now,
      })),
    );
    runner.data = { ...runner.data, [OUTBOX_PENDING]: true };
    return envelopes;
  }
}

function assertValid(subject: EventSubject, payload: object): void {
  const instance = plainToInstance(payloadClassOf(subject), payload);
  const errors = validateSync(instance, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const fields = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new Error(`Invalid ${subject} payload: ${fields.join('; ')}`);
  }
}
