import { BACKEND_SERVICES, type BackendServiceName } from '@linkage/config';
import type { ServiceDefinition } from '@linkage/service-kit';
import { HttpClient } from './http';
import { startTestService, type TestService } from './service-harness';

export interface TestSystem {
  services: Partial<Record<BackendServiceName, TestService>>;
  /** The gateway-facing env: every <SERVICE>_URL pointing at the services started here. */
  gatewayEnv: Record<string, string>;
  close(): Promise<void>;
}

/** Starts the given services for one test file; unstarted ones point at a port nothing listens on. */
export async function startTestSystem(definitions: ServiceDefinition[]): Promise<TestSystem> {
  const services: Partial<Record<BackendServiceName, TestService>> = {};
  try {
    for (const definition of definitions) services[definition.name] = await startTestService(definition);
  } catch (error) {
    await Promise.all(Object.values(services).map((s) => s.close()));
    throw error;
  }
  const gatewayEnv = Object.fromEntries(
    BACKEND_SERVICES.map((name) => [
      `${name.toUpperCase()}_URL`,
      services[name]?.url ?? 'http://127.0.0.1:9',
    ]),
  );
  return {
    services,
    gatewayEnv,
    async close() {
      await Promise.all(Object.values(services).map((s) => s.close()));
    },
  };
}

export { HttpClient };
