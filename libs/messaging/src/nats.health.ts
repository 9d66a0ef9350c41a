import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthCheckAttempt } from '@nestjs/terminus';
import type { NatsConnection } from '@nats-io/transport-node';
import { NATS_CONNECTION } from './nats.tokens';

/** NATS is healthy when a round trip to the server (flush) completes. */
@Injectable()
export class NatsHealthIndicator {
  constructor(
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    private readonly health: HealthIndicatorService,
  ) {}

  check(key = 'nats', timeoutMs = 1500): HealthCheckAttempt<string> {
    return this.health
      .check(key)
      .attempt(async () => {
        if (this.nats.isClosed()) throw new Error('connection closed');
        await this.nats.flush();
        return { server: this.nats.getServer() };
      })
      .withTimeout(timeoutMs);
  }
}
