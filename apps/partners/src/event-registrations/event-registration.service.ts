import { AuditLog, type Principal } from '@linkage/auth';
import { EventSubject } from '@linkage/contracts';
import { newId, Transactions, type Page, type Tx } from '@linkage/database';
import { Outbox } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { PartnersAccess, type PartnersAction } from '../access/partners.access';
import { applyInput } from './event-edit';
import { OrganisationRoles } from '../members/organisation-roles';
import { OrganisationDirectory } from '../organisations/organisation-directory';
import { ProjectDirectory } from '../projects/project-directory';
import { EventHistory } from './event-history';
import { editKind } from './event-lifecycle.rule';
import { eventNotFound } from './event-not-found';
import type {
  CreateEventRegistrationDto,
  ListEventRegistrationsQuery,
  UpdateEventRegistrationDto,
} from './event-registration.dto';
import { EventRegistration } from './event-registration.entity';
import { EventRegistrationError } from './event-registration.error';
import type { EventFilter } from './event-filter';
import { EventRegistrationRepository } from './event-registration.repository';
import { schedulePayload } from './event-schedule.payload';
import { EventTransition } from './event-transition.entity';

export interface NamedEvent {
  event: EventRegistration;
  organisationName: string;
}

/** Registering, editing and reading partner events; their review lives in EventLifecycleService. */
@Injectable()
export class EventRegistrationService {
  constructor(
    private readonly events: EventRegistrationRepository,
    private readonly access: PartnersAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly outbox: Outbox,
    private readonly entries: EventHistory,
    private readonly projects: ProjectDirectory,
    private readonly directory: OrganisationDirectory,
    private readonly roles: OrganisationRoles,
  ) {}

  async create(principal: Principal, input: CreateEventRegistrationDto): Promise<NamedEvent> {
    const organisationId = input.organisationId ?? principal.organisationId;
    const unknown = (id: string | null) =>
      new EventRegistrationError(
        'EVENT_ORGANISATION_UNKNOWN',
        id ? `No organisation with id ${id} to register the event for.` : 'organisationId is required.',
        { organisationId: id },
      );
    // Naming another organisation answers like naming none, so its existence does not leak.
    if (!organisationId || !(await this.access.can(principal, 'event.create', { ownerId: organisationId })))
      throw unknown(organisationId);
    const { organisationId: _given, ...fields } = input;
    const event = Object.assign(new EventRegistration(), {
      id: newId(),
      organisationId,
      projectId: null,
      description: null,
      community: null,
      venueAddress: null,
      venueLatitude: null,
      venueLongitude: null,
      contactName: null,
      contactPhone: null,
      attachments: [],
      status: 'draft',
      statusReason: null,
      version: 1,
      createdBy: principal.accountId,
    });
    applyInput(event, fields);
    await this.checkProject(event);
    return this.transactions.run(async (tx) => {
      const organisation = (await this.directory.listings([organisationId], tx)).get(organisationId);
      if (!organisation) throw unknown(organisationId);
      if (organisation.status !== 'active')
        throw new EventRegistrationError(
          'EVENT_ORGANISATION_SUSPENDED',
          'The organisation is suspended and takes no new events.',
          { organisationId },
        );
      const saved = await this.events.insert(tx, event);
      await this.audit.record(
        { action: 'event.created', recordType: 'partner_event', recordId: saved.id, outcome: 'allowed' },
        tx,
      );
      await this.entries.record(tx, principal, 'event.create', saved, {
        action: 'create',
        fromStatus: null,
        comment: null,
      });
      return { event: saved, organisationName: organisation.name };
    });
  }

  /**
   * Edits an event: the partner's draft (or one sent back for changes) freely; an approved one only as
   * a coordinator or the organisation's manager (event.update_approved), and then volunteers' shifts
   * follow it (partners.event.changed.v1, version + 1).
   */
  async update(principal: Principal, id: string, input: UpdateEventRegistrationDto): Promise<NamedEvent> {
    const scope = await this.access.scope(principal, 'event.update');
    const result = await this.transactions.run(async (tx) => {
      const event = await this.events.lock(tx, scope, id);
      if (!event) return null;
      if (input.version !== undefined && input.version !== event.version)
        throw new EventRegistrationError(
          'EVENT_VERSION_CONFLICT',
          `The event changed since version ${input.version} (it is at version ${event.version}); reload it and edit again.`,
          { expected: input.version, actual: event.version },
        );
      const kind = editKind(event.status);
      const mayChangeApproved =
        kind === 'approved_change' &&
        (await this.access.can(
          principal,
          'event.update_approved',
          { ownerId: event.organisationId },
          this.roles.factsFor(principal),
        ));
      if (!kind || (kind === 'approved_change' && !mayChangeApproved))
        throw new EventRegistrationError(
          'EVENT_NOT_EDITABLE',
          kind
            ? "An approved event is changed by the organisation's manager or the coordinator; ask them to make the change."
            : `An event that is ${event.status} cannot be edited.`,
          { status: event.status },
        );
      const { version: _version, ...changes } = input;
      const fields = applyInput(event, changes);
      if (fields.includes('projectId')) await this.checkProject(event);
      event.version += 1;
      const saved = await this.events.save(tx, event);
      const organisationName = await this.organisationName(saved.organisationId, tx);
      if (kind === 'approved_change') {
        await this.entries.record(tx, principal, 'event.update_approved', saved, {
          action: 'change',
          fromStatus: saved.status,
          comment: `changed: ${fields.join(', ')}`,
        });
        await this.outbox.add(
          tx,
          EventSubject.partnersEventChanged,
          schedulePayload(saved, organisationName),
        );
      }
      await this.audit.record(
        {
          action: 'event.updated',
          recordType: 'partner_event',
          recordId: id,
          outcome: 'allowed',
          details: { fields },
        },
        tx,
      );
      return { event: saved, organisationName };
    });
    return result ?? eventNotFound(this.audit, this.events, 'event.update', id);
  }

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

  /** An event links only to a joint project its organisation takes part in. */
  private async checkProject(event: EventRegistration): Promise<void> {
    if (event.projectId && !(await this.projects.roleOf(event.projectId, event.organisationId)))
      throw new EventRegistrationError(
        'EVENT_PROJECT_UNKNOWN',
        `The organisation takes no part in project ${event.projectId}.`,
        { projectId: event.projectId },
      );
  }

  private async named(events: EventRegistration[]): Promise<NamedEvent[]> {
    const names = await this.directory.listings(events.map((e) => e.organisationId));
    return events.map((event) => ({ event, organisationName: names.get(event.organisationId)?.name ?? '' }));
  }

  private async organisationName(id: string, tx?: Tx): Promise<string> {
    return (await this.directory.listings([id], tx)).get(id)?.name ?? '';
  }
}
