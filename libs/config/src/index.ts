export * from './app-port';
export * from './config.error';
export * from './load-config';
export * from './service.config';
export * from './services';
export * from './runtime';
