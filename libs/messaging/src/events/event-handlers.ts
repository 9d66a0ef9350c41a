import { RequestContext } from '@linkage/auth';
import { isEventSubject, payloadClassOf, type EventEnvelope, type EventSubject } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { discoverHandlers } from '../handler-discovery';
import { EVENT_HANDLER } from './on-event.decorator';

interface Handler {
  name: string;
  run: (event: EventEnvelope, tx: Tx) => Promise<void>;
}

/** An event that cannot be applied whatever we do: not an envelope, unknown subject, invalid payload. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}

/**
 * This service's event handlers (methods marked @OnEvent), found once at start-up, one per subject.
 * Turns raw message bytes into a validated envelope and applies it inside a caller's transaction.
 */
@Injectable()
export class EventHandlers implements OnModuleInit {
  private readonly handlers = new Map<EventSubject, Handler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const nest = { discovery: this.discovery, scanner: this.scanner, reflector: this.reflector };
    for (const { subject, name, run } of discoverHandlers<EventEnvelope>(nest, EVENT_HANDLER)) {
      const existing = this.handlers.get(subject as EventSubject);
      if (existing)
        throw new Error(`Two handlers for ${subject} in one service: ${existing.name} and ${name}`);
      this.handlers.set(subject as EventSubject, { name, run });
    }
  }

  subjects(): EventSubject[] {
    return [...this.handlers.keys()];
  }

  handles(subject: string): boolean {
    return isEventSubject(subject) && this.handlers.has(subject);
  }

  /** Reads and validates a message body; throws InvalidEventError for anything no retry can fix. */
  parse(body: string): EventEnvelope {
    let envelope: EventEnvelope;
    try {
      envelope = JSON.parse(body) as EventEnvelope;
    } catch {
      throw new InvalidEventError('The message is not JSON.');
    }
    if (
      !envelope ||
      typeof envelope !== 'object' ||
      typeof envelope.id !== 'string' ||
      !/^[0-9a-f-]{36}$/i.test(envelope.id)
    )
      throw new InvalidEventError('The message is not an event envelope (no id).');
    if (typeof envelope.subject !== 'string' || !isEventSubject(envelope.subject))
      throw new InvalidEventError(`Unknown event subject ${String(envelope.subject)}.`);
    if (!this.handlers.has(envelope.subject))
      throw new InvalidEventError(`This service has no handler for ${envelope.subject}.`);
    const payload = plainToInstance(payloadClassOf(envelope.subject), envelope.payload ?? {});
    const errors = validateSync(payload, { forbidUnknownValues: false });
    if (errors.length > 0 || typeof envelope.payload !== 'object' || envelope.payload === null) {
      const fields = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
      throw new InvalidEventError(
        `Invalid ${envelope.subject} payload: ${fields.join('; ') || 'not an object'}`,
      );
    }
    return { ...envelope, payload };
  }

  /** Applies the event in `tx`, with the event as the cause of whatever the handler itself emits. */
  apply(event: EventEnvelope, tx: Tx): Promise<void> {
    const handler = this.handlers.get(event.subject as EventSubject);
    if (!handler) throw new InvalidEventError(`This service has no handler for ${event.subject}.`);
    return RequestContext.run(
      { requestId: event.correlationId, ip: '', principal: null, causationId: event.id },
      () => handler.run(event, tx),
    );
  }
}
