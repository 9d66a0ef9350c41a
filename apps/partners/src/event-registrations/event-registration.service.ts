import { AuditLog, type Principal } from '@linkage/auth';
import type { Page, Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { PartnersAccess, type PartnersAction } from '../access/partners.access';
import { OrganisationDirectory } from '../organisations/organisation-directory';
import { eventNotFound } from './event-not-found';
import type { ListEventRegistrationsQuery } from './event-registration.dto';
import type { EventRegistration } from './event-registration.entity';
import type { EventFilter } from './event-filter';
import { EventRegistrationRepository } from './event-registration.repository';
import type { EventTransition } from './event-transition.entity';

export interface NamedEvent {
  event: EventRegistration;
  organisationName: string;
}

/** Reading partner events (who may see which); registering and editing are EventEditing's, review EventLifecycleService's. */
@Injectable()
export class EventRegistrationService {
  constructor(
    private readonly events: EventRegistrationRepository,
    private readonly access: PartnersAccess,
    private readonly audit: AuditLog,
    private readonly directory: OrganisationDirectory,
  ) {}

  /** The event if the caller may do `action` to it (reading, by default); a 404 otherwise. */
  async get(principal: Principal, id: string, action: PartnersAction = 'event.read'): Promise<NamedEvent> {
    const scope = await this.access.scope(principal, action);
    const event = await this.events.findById(scope, id);
    if (!event) return eventNotFound(this.audit, this.events, action, id);
    return { event, organisationName: await this.organisationName(event.organisationId) };
  }

  async list(principal: Principal, query: ListEventRegistrationsQuery): Promise<Page<NamedEvent>> {
    const page = await this.events.list(await this.access.scope(principal, 'event.read'), query);
    return { items: await this.named(page.items), nextCursor: page.nextCursor };
  }

  /** For exports: the caller's events under the filters, soonest first, at most `limit`. */
  async listAll(principal: Principal, filter: EventFilter, limit: number): Promise<NamedEvent[]> {
    const scope = await this.access.scope(principal, 'event.read');
    return this.named(await this.events.listAll(scope, filter, limit));
  }

  async history(principal: Principal, id: string): Promise<EventTransition[]> {
    await this.get(principal, id);
    return this.events.history(id);
  }

  /** For the event consumers: the organisation of one of our events, or null for any other id. */
  ownerOf(tx: Tx, eventId: string): Promise<string | null> {
    return this.events.ownerOf(tx, eventId);
  }

  private async named(events: EventRegistration[]): Promise<NamedEvent[]> {
    const names = await this.directory.listings(events.map((e) => e.organisationId));
    return events.map((event) => ({ event, organisationName: names.get(event.organisationId)?.name ?? '' }));
  }

  private async organisationName(id: string, tx?: Tx): Promise<string> {
    return (await this.directory.listings([id], tx)).get(id)?.name ?? '';
  }
}
