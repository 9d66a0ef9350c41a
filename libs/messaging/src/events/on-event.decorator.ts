import type { EventEnvelope, EventPayload, EventSubject } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { SetMetadata } from '@nestjs/common';

export const EVENT_HANDLER = 'linkage:event-handler';

/** What a handler receives: the validated payload in its envelope, and the transaction of its effect. */
export type EventHandlerFn<S extends EventSubject> = (
  event: EventEnvelope<EventPayload<S>>,
  tx: Tx,
) => Promise<void>;

/**
 * Declares a provider method as this service's handler for one event subject. The method's signature
 * is checked against the subject's payload type. Everything the handler writes goes through `tx`: the
 * consumer records the event in its inbox in that same transaction, so a redelivery has no second effect.
 *
 *   @OnEvent(EventSubject.partnersOrganisationChanged)
 *   async renamed(event: EventEnvelope<OrganisationChangedV1>, tx: Tx) { … }
 */
export function OnEvent<S extends EventSubject>(subject: S) {
  return (
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<EventHandlerFn<S>>,
  ): TypedPropertyDescriptor<EventHandlerFn<S>> => {
    SetMetadata(EVENT_HANDLER, subject)(target, key, descriptor);
    return descriptor;
  };
}
