import { ServiceConfig } from '@linkage/config';
import {
  Global,
  Inject,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import type { NatsConnection } from '@nats-io/transport-node';
import { MessagingMetrics } from './messaging.metrics';
import { connectNats } from './nats-connection';
import { NatsHealthIndicator } from './nats.health';
import { NATS_CONNECTION } from './nats.tokens';
import { RpcClient } from './rpc-client';

/** The service's outgoing NATS connection, the typed RPC client and the NATS health check. */
@Global()
@Module({})
export class MessagingModule implements OnApplicationShutdown {
  private readonly logger = new Logger('Messaging');

  constructor(@Inject(NATS_CONNECTION) private readonly nats: NatsConnection) {}

  static forService(service: string): DynamicModule {
    return {
      module: MessagingModule,
      imports: [TerminusModule],
      providers: [
        MessagingMetrics,
        {
          provide: NATS_CONNECTION,
          inject: [ServiceConfig, MessagingMetrics],
          useFactory: async (config: ServiceConfig, metrics: MessagingMetrics) => {
            const nats = await connectNats(config, `${service}-client`);
            metrics.natsConnected.set(1);
            void watchStatus(nats, metrics);
            return nats;
          },
        },
        RpcClient,
        NatsHealthIndicator,
      ],
      exports: [NATS_CONNECTION, RpcClient, NatsHealthIndicator, MessagingMetrics],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.nats.isClosed()) return;
    await this.nats
      .drain()
      .catch((error: unknown) => this.logger.warn(`NATS drain failed: ${String(error)}`));
  }
}

async function watchStatus(nats: NatsConnection, metrics: MessagingMetrics): Promise<void> {
  for await (const status of nats.status()) {
    if (status.type === 'disconnect') metrics.natsConnected.set(0);
    if (status.type === 'reconnect') {
      metrics.natsConnected.set(1);
      metrics.natsReconnects.inc();
    }
  }
  metrics.natsConnected.set(0);
}
