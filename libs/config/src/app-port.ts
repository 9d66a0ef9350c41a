import { ConfigError } from './config.error';
import { SERVICES, serviceEnvName, type ServiceName } from './services';

type Env = Record<string, string | undefined>;

/**
 * The HTTP port an app listens on: its own `<APP>_PORT` (VOLUNTEERS_PORT…), so one environment can hold
 * every app's port as `npm start` does; else PORT, for one app per container (Docker, Kubernetes); else
 * its catalogue port (services.ts). 0 takes any free port (tests). Empty counts as unset, as in loadConfig.
 */
export function appPort(app: ServiceName, env: Env = process.env): number {
  for (const variable of [serviceEnvName(app, 'PORT'), 'PORT']) {
    const value = env[variable];
    if (value !== undefined && value !== '') return parsePort(variable, value);
  }
  return SERVICES[app].port;
}

function parsePort(variable: string, value: string): number {
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value) : NaN;
  if (port >= 0 && port <= 65535) return port;
  // Kubernetes gives every pod VOLUNTEERS_PORT=tcp://10.x.x.x:3002 for a Service named volunteers.
  const hint = value.startsWith('tcp://')
    ? '; this looks like a Kubernetes service link variable: set enableServiceLinks: false on the pod'
    : '';
  throw new ConfigError([
    { variable, problem: `must be a port number from 0 to 65535 (got ${JSON.stringify(value)})${hint}` },
  ]);
}
