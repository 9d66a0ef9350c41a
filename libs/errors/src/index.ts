export * from './app.error';
export * from './error-status';
export * from './error.filter';
export * from './rpc';
export * from './validation';
export * from './api-errors';
export * from './common-errors';
export * from './date-range';
