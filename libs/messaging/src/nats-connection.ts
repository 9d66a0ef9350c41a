import type { ServiceConfig } from '@linkage/config';
import { DependencyError } from '@linkage/errors';
import { connect, type NatsConnection } from '@nats-io/transport-node';

/** One connection per service for what it sends; it keeps reconnecting for as long as the service runs. */
export async function connectNats(config: ServiceConfig, name: string): Promise<NatsConnection> {
  try {
    return await connect({
      servers: config.NATS_URL.split(','),
      name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1000,
      timeout: 5000,
    });
  } catch (error) {
    throw new DependencyError('nats', config.NATS_URL, error);
  }
}
