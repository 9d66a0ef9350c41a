/**
 * What travels on the bus for every event: the payload wrapped with what a consumer needs to trust,
 * order, trace and de-duplicate it. `id` is a UUIDv7 and is also the JetStream `Nats-Msg-Id`.
 */
export interface EventEnvelope<P = unknown> {
  id: string;
  subject: string;
  /** ISO 8601 (UTC) time the change was made, in the producer's transaction. */
  occurredAt: string;
  /** The service that made the change. */
  producer: string;
  /** The request or flow this event belongs to (the HTTP request id, or the first event's id). */
  correlationId: string;
  /** The event that caused this one, when a handler produced it; null when a person's request did. */
  causationId: string | null;
  payload: P;
}
