import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { DomainEvents } from './domain-events';

/**
 * Registers a service's in-process event bus (its subclass of DomainEvents) for every feature module.
 * Global, like the outbox it hands JetStream subjects to (EventsModule).
 */
@Module({})
export class DomainEventsModule {
  static forBus(bus: Type<DomainEvents<object>>): DynamicModule {
    return {
      module: DomainEventsModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [bus],
      exports: [bus],
    };
  }
}
