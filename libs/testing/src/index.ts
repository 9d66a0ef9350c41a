export * from './http';
export * from './infrastructure';
export * from './nats-servers';
export * from './service-harness';
export * from './test-env';
export * from './system';
export * from './tokens';
