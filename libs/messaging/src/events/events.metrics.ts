import { counter, gauge } from '@linkage/observability';
import { Injectable } from '@nestjs/common';

/** Counters of the event flow, by service and subject (several services may share a test process). */
@Injectable()
export class EventsMetrics {
  readonly published = counter({
    name: 'linkage_events_published_total',
    help: 'Events the outbox relay published to JetStream',
    labelNames: ['service', 'subject'],
  });

  readonly publishFailures = counter({
    name: 'linkage_events_publish_failures_total',
    help: 'Outbox rows whose publish failed and will be retried',
    labelNames: ['service'],
  });

  readonly consumed = counter({
    name: 'linkage_events_consumed_total',
    help: 'Events a consumer applied (or found already applied), by outcome',
    labelNames: ['service', 'subject', 'outcome'],
  });

  readonly redelivered = counter({
    name: 'linkage_events_redelivered_total',
    help: 'Deliveries that were redeliveries of an event',
    labelNames: ['service', 'subject'],
  });

  readonly parked = counter({
    name: 'linkage_events_parked_total',
    help: 'Events parked as dead letters',
    labelNames: ['service', 'subject'],
  });

  readonly outboxPending = gauge({
    name: 'linkage_events_outbox_pending',
    help: 'Outbox rows not yet published (producer lag)',
    labelNames: ['service'],
  });

  readonly consumerPending = gauge({
    name: 'linkage_events_consumer_pending',
    help: 'Events in the stream not yet delivered to this consumer (consumer lag)',
    labelNames: ['service', 'consumer'],
  });
}
