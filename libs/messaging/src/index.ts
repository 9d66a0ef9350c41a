export * from './messaging.metrics';
export * from './messaging.module';
export * from './namespaced-nats.server';
export * from './nats-connection';
export * from './nats.health';
export * from './nats.tokens';
export * from './request-handler.decorator';
export * from './rpc-client';
