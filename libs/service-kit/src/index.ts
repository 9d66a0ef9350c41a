export * from './bootstrap';
export * from './config.module';
export * from './health/health.module';
export * from './health/readiness-checks';
export * from './health/shutdown-state';
export * from './startup-errors';
export * from './swagger';
export * from './metrics/metrics.controller';
