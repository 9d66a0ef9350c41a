/**
 * The service catalogue: every app's name, default HTTP port and database. The start script, the gateway,
 * the test harness and the deployment files all read it from here.
 */
export const SERVICES = {
  gateway: { port: 3000, database: null },
  identity: { port: 3001, database: 'linkage_identity' },
  volunteers: { port: 3002, database: 'linkage_volunteers' },
  partners: { port: 3003, database: 'linkage_partners' },
  screening: { port: 3004, database: 'linkage_screening' },
  counselling: { port: 3005, database: 'linkage_counselling' },
} as const;

export type ServiceName = keyof typeof SERVICES;
export type BackendServiceName = Exclude<ServiceName, 'gateway'>;

export const BACKEND_SERVICES = Object.keys(SERVICES).filter((s) => s !== 'gateway') as BackendServiceName[];

/** `VOLUNTEERS_PORT`, `VOLUNTEERS_URL`, …: the per-service variable names. */
export function serviceEnvName(service: ServiceName, suffix: 'PORT' | 'URL'): string {
  return `${service.toUpperCase()}_${suffix}`;
}
