import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DeadLetterRepository } from './dead-letter.repository';
import { DeadLettersController } from './dead-letters.controller';
import { DeadLettersService } from './dead-letters.service';
import { EventConsumer } from './event-consumer';
import { EventHandlers } from './event-handlers';
import { EventsMetrics } from './events.metrics';
import { InboxRepository } from './inbox.repository';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { OutboxRepository } from './outbox.repository';
import { SERVICE_NAME } from './service-name';
import { StreamSetup } from './stream-setup';

/**
 * Domain events for one service: the outbox (`Outbox.add(tx, subject, payload)`) and its relay, the
 * consumer of every `@OnEvent` handler in the service, and the dead-letter endpoints. Needs the
 * MessagingModule's NATS connection and the service's database.
 */
@Global()
@Module({})
export class EventsModule {
  static forService(service: string): DynamicModule {
    return {
      module: EventsModule,
      imports: [DiscoveryModule],
      controllers: [DeadLettersController],
      providers: [
        { provide: SERVICE_NAME, useValue: service },
        EventsMetrics,
        OutboxRepository,
        InboxRepository,
        DeadLetterRepository,
        StreamSetup,
        Outbox,
        OutboxRelay,
        EventHandlers,
        EventConsumer,
        DeadLettersService,
      ],
      exports: [Outbox, OutboxRelay],
    };
  }
}
