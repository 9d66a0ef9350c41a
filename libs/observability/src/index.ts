export * from './log-destination';
export * from './log-lines';
export * from './logging.module';
export * from './metrics';
