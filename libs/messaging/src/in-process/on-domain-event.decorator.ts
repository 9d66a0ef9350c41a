import type { Tx } from '@linkage/database';
import { SetMetadata } from '@nestjs/common';

export const DOMAIN_EVENT_HANDLER = 'linkage:domain-event-handler';

/** A subject → payload map: the JetStream catalogue's subjects, and a service's in-process-only ones. */
export type DomainEventMap = object;

/** What an in-process handler receives: the payload, and the publisher's own transaction. */
export type DomainEventHandlerFn<P> = (payload: P, tx: Tx) => Promise<void>;

/**
 * Makes the decorator that declares a provider method as a handler of one subject of the map `M`; the
 * method's signature is checked against that subject's payload. A service makes it once beside its map:
 *
 *   export const OnVolunteersEvent = domainEventHandler<VolunteersEventMap>();
 *
 *   @OnVolunteersEvent('volunteers.attendance.checked-out')
 *   async checkedOut(event: AttendanceCheckedOut, tx: Tx) { … }
 *
 * Everything the handler writes goes through `tx`, so it commits or rolls back with the change that
 * published the event.
 */
export function domainEventHandler<M extends DomainEventMap>() {
  return <S extends keyof M & string>(subject: S) =>
    (
      target: object,
      key: string | symbol,
      descriptor: TypedPropertyDescriptor<DomainEventHandlerFn<M[S]>>,
    ): TypedPropertyDescriptor<DomainEventHandlerFn<M[S]>> => {
      SetMetadata(DOMAIN_EVENT_HANDLER, subject)(target, key, descriptor);
      return descriptor;
    };
}
