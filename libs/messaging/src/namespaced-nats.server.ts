import { ServerNats, type NatsOptions } from '@nestjs/microservices';
import type { NatsConnection, Subscription, SubscriptionOptions } from '@nats-io/transport-node';

type MsgCallback = NonNullable<SubscriptionOptions['callback']>;

/**
 * Nest's NATS server, subscribing every pattern under the deployment's subject prefix. The prefix keeps
 * two deployments (or a test run and a running system) on one NATS from answering each other.
 */
export class NamespacedNatsServer extends ServerNats {
  private readonly ownSubscriptions: Subscription[] = [];

  constructor(
    private readonly prefix: string,
    private readonly natsOptions: NonNullable<NatsOptions['options']>,
  ) {
    super(natsOptions);
  }

  override bindEvents(client: NatsConnection): void {
    for (const [channel, handler] of this.messageHandlers) {
      const queue = (handler.extras?.queue as string | undefined) ?? this.natsOptions.queue;
      const subscription = client.subscribe(`${this.prefix}${channel}`, {
        queue,
        callback: this.getMessageHandler(channel).bind(this) as MsgCallback,
      });
      this.ownSubscriptions.push(subscription);
    }
  }

  override async close(): Promise<void> {
    // Stop taking requests first, so in-flight ones finish while the connection drains.
    for (const subscription of this.ownSubscriptions.splice(0)) subscription.unsubscribe();
    await super.close();
  }
}
