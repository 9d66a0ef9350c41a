export * from './domain-events';
export * from './domain-events.module';
export * from './on-domain-event.decorator';
