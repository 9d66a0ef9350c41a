export * from './create-event-tables.migration';
export * from './events.module';
export * from './on-event.decorator';
export * from './outbox';
export * from './outbox-relay';
export * from './retry-delay';
export * from './streams';
