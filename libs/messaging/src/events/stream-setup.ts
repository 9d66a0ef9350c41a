import { ServiceConfig } from '@linkage/config';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { NATS_CONNECTION } from '../nats.tokens';
import { SERVICE_NAME } from './service-name';
import { ensureStream } from './streams';

/** The service's own stream (its context's events) exists, with today's settings, before it publishes. */
@Injectable()
export class StreamSetup implements OnModuleInit {
  constructor(
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    @Inject(SERVICE_NAME) private readonly service: string,
    private readonly config: ServiceConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await ensureStream(await jetstreamManager(this.nats), this.config, this.service);
  }
}
