import { isEventSubject, type EventPayload } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Outbox } from '../events/outbox';
import { discoverHandlers } from '../handler-discovery';
import { DOMAIN_EVENT_HANDLER, type DomainEventMap } from './on-domain-event.decorator';

interface Handler {
  name: string;
  run: (payload: unknown, tx: Tx) => Promise<void>;
}

/**
 * A service's in-process domain events, on the same subject → payload vocabulary as its JetStream
 * events. `publish(tx, subject, payload)` runs every handler of the subject (methods marked with the
 * map's decorator, found once at start-up) one after the other, in the order they were found, inside
 * the publisher's transaction: a handler that throws rolls back the whole change, exactly as a direct
 * call would. A subject of the JetStream catalogue then also goes to the outbox in that transaction, so
 * the publisher says once what happened, whoever listens.
 *
 * The handlers run synchronously rather than after the commit because they are part of the change (a
 * check-out's hours record, a verification's points): they must see its rows and commit with it. A
 * service has one bus: it subclasses this with its map (`class VolunteersEvents extends
 * DomainEvents<VolunteersEventMap> {}`) and registers it with DomainEventsModule.forBus.
 */
@Injectable()
export class DomainEvents<M extends DomainEventMap> implements OnModuleInit {
  private readonly handlers = new Map<string, Handler[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly outbox: Outbox,
  ) {}

  onModuleInit(): void {
    const nest = { discovery: this.discovery, scanner: this.scanner, reflector: this.reflector };
    for (const { subject, name, run } of discoverHandlers<unknown>(nest, DOMAIN_EVENT_HANDLER)) {
      this.handlers.set(subject, [...(this.handlers.get(subject) ?? []), { name, run }]);
    }
  }

  /** The handlers of a subject by name, in the order they run (for tests and start-up checks). */
  handlersOf(subject: keyof M & string): string[] {
    return (this.handlers.get(subject) ?? []).map((h) => h.name);
  }

  async publish<S extends keyof M & string>(tx: Tx, subject: S, payload: M[S]): Promise<void> {
    for (const handler of this.handlers.get(subject) ?? []) await handler.run(payload, tx);
    if (isEventSubject(subject)) {
      await this.outbox.add(tx, subject, payload as EventPayload<typeof subject>);
    }
  }
}
