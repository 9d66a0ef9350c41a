import type { HealthIndicatorFunction } from '@nestjs/terminus';

/** The checks `/health/ready` runs; each app provides its own list under this token. */
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');
export type ReadinessChecks = () => HealthIndicatorFunction[];
