import { AuditLog, type Principal } from '@linkage/auth';
import { EventSubject } from '@linkage/contracts';
import { newId } from '@linkage/database';
import { Outbox } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { PartnersAccess } from '../access/partners.access';
import { applyInput } from './event-edit';
import { EventHistory } from './event-history';
import { editKind } from './event-lifecycle.rule';
import { EventParties } from './event-parties';
import type { CreateEventRegistrationDto, UpdateEventRegistrationDto } from './event-registration.dto';
import { EventRegistration } from './event-registration.entity';
import { EventRegistrationError } from './event-registration.error';
import type { NamedEvent } from './event-registration.service';
import { schedulePayload } from './event-schedule.payload';
import { EventStore } from './event-store';

/** Registering a partner event and editing it (a draft freely; an approved one with its shifts following). */
@Injectable()
export class EventEditing {
  constructor(
    private readonly store: EventStore,
    private readonly parties: EventParties,
    private readonly access: PartnersAccess,
    private readonly history: EventHistory,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
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
    await this.parties.checkProject(event);
    return this.store.inTransaction(async (tx) => {
      const organisation = await this.parties.organisation(organisationId, tx);
      if (!organisation) throw unknown(organisationId);
      if (organisation.status !== 'active')
        throw new EventRegistrationError(
          'EVENT_ORGANISATION_SUSPENDED',
          'The organisation is suspended and takes no new events.',
          { organisationId },
        );
      const saved = await this.store.insert(tx, event);
      await this.audit.record(
        { action: 'event.created', recordType: 'partner_event', recordId: saved.id, outcome: 'allowed' },
        tx,
      );
      await this.history.record(tx, principal, 'event.create', saved, {
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
    return this.store.withLocked(scope, id, 'event.update', async (tx, event) => {
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
          this.parties.callerFacts(principal),
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
      if (fields.includes('projectId')) await this.parties.checkProject(event);
      event.version += 1;
      const saved = await this.store.save(tx, event);
      const organisationName = await this.parties.nameOf(saved.organisationId, tx);
      if (kind === 'approved_change') {
        await this.history.record(tx, principal, 'event.update_approved', saved, {
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
  }
}
