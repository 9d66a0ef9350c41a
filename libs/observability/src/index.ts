export * from './log-destination';
export * from './log-lines';
export * from './logging';
export * from './metrics';
