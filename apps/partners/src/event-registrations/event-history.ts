import type { Principal } from '@linkage/auth';
import { newId, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { PartnersAccess, type PartnersAction } from '../access/partners.access';
import type { EventRegistration } from './event-registration.entity';
import { EventRegistrationRepository } from './event-registration.repository';
import { EventTransition } from './event-transition.entity';

/** Writes an event's history, which both the partner and the coordinators read (the "conversation"). */
@Injectable()
export class EventHistory {
  constructor(
    private readonly events: EventRegistrationRepository,
    private readonly access: PartnersAccess,
  ) {}

  /** One entry: who (in the role the action's `right` admitted them in) did what, at the event's new version. */
  async record(
    tx: Tx,
    principal: Principal,
    right: PartnersAction,
    event: EventRegistration,
    entry: Pick<EventTransition, 'action' | 'fromStatus' | 'comment'>,
  ): Promise<void> {
    await this.events.addTransition(
      tx,
      Object.assign(new EventTransition(), {
        id: newId(),
        eventId: event.id,
        ...entry,
        toStatus: event.status,
        byAccount: principal.accountId,
        byName: principal.displayName.slice(0, 100),
        byRole: this.access.actingRole(principal, right) ?? 'unknown',
        version: event.version,
        at: new Date(),
      }),
    );
  }
}
