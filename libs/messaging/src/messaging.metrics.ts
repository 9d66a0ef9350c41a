import { counter, gauge, histogram } from '@linkage/observability';
import { Injectable } from '@nestjs/common';

@Injectable()
export class MessagingMetrics {
  readonly rpcDuration = histogram({
    name: 'linkage_rpc_client_duration_seconds',
    help: 'Requests sent to other services over NATS, by subject and outcome',
    labelNames: ['subject', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  });

  readonly natsConnected = gauge({
    name: 'linkage_nats_connected',
    help: '1 while the service is connected to NATS',
  });

  readonly natsReconnects = counter({
    name: 'linkage_nats_reconnects_total',
    help: 'Times the NATS connection was re-established',
  });
}
