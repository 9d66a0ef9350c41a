import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import {
  EventSubject,
  type FindOrganisationsResponse,
  type OrganisationRegisteredV1,
} from '@linkage/contracts';
import { Outbox } from '@linkage/messaging';
import { newId, Transactions, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { PartnersAccess } from '../access/partners.access';
import { changedFields } from './organisation-changes';
import {
  toContacts,
  type CreateOrganisationDto,
  type ListOrganisationsQuery,
  type UpdateContactDto,
  type UpdateOrganisationDto,
} from './organisation.dto';
import { Organisation } from './organisation.entity';
import { OrganisationError } from './organisation.error';
import { OrganisationRepository, type ContactDetails } from './organisation.repository';

function nameTaken(name: string): OrganisationError {
  return new OrganisationError('ORGANISATION_NAME_TAKEN', `An organisation named "${name}" already exists.`, {
    name,
  });
}

/** The directory entry as other services keep it (names and kinds, never contacts). */
function eventPayload(o: Organisation): OrganisationRegisteredV1 {
  return {
    organisationId: o.id,
    name: o.name,
    kind: o.kind,
    district: o.district,
    status: o.status,
    version: o.version,
    changedAt: new Date().toISOString(),
  };
}

@Injectable()
export class OrganisationService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly access: PartnersAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly outbox: Outbox,
  ) {}

  async create(input: CreateOrganisationDto): Promise<Organisation> {
    const organisation = Object.assign(new Organisation(), {
      id: newId(),
      name: input.name,
      kind: input.kind,
      district: input.district ?? null,
      address: input.address ?? null,
      communities: input.communities ?? [],
      contactName: input.contactName ?? null,
      contactPhone: input.contactPhone ?? null,
      contactEmail: input.contactEmail ?? null,
      contacts: toContacts(input.contacts ?? []),
    });
    return this.transactions.run(async (tx) => {
      const saved = await this.organisations.insert(tx, organisation);
      if (saved === 'duplicate') throw nameTaken(input.name);
      await this.outbox.add(tx, EventSubject.partnersOrganisationRegistered, eventPayload(saved));
      await this.audit.record(
        {
          action: 'organisation.created',
          recordType: 'organisation',
          recordId: saved.id,
          outcome: 'allowed',
        },
        tx,
      );
      return saved;
    });
  }

  /**
   * Renames, re-classifies, moves or suspends an organisation (coordinators). The services that keep
   * its name hear of it through partners.organisation.changed.v1, published with the change.
   */
  async update(principal: Principal, id: string, input: UpdateOrganisationDto): Promise<Organisation> {
    const scope = await this.access.scope(principal, 'organisation.update');
    const result = await this.transactions.run(async (tx) => {
      const updated = await this.organisations.update(tx, scope, id, input);
      if (updated === 'duplicate') throw nameTaken(input.name ?? '');
      if (!updated) return null;
      const changed = changedFields(updated.before, updated.after);
      if (changed.length > 0) {
        await this.outbox.add(tx, EventSubject.partnersOrganisationChanged, {
          ...eventPayload(updated.after),
          changedFields: changed,
        });
        await this.audit.record(
          {
            action: 'organisation.updated',
            recordType: 'organisation',
            recordId: id,
            outcome: 'allowed',
            details: {
              fields: changed,
              ...(changed.includes('name') ? { from: updated.before.name } : {}),
            },
          },
          tx,
        );
      }
      return updated.after;
    });
    return result ?? this.notFound('organisation.update', id);
  }

  async get(principal: Principal, id: string): Promise<Organisation> {
    const scope = await this.access.scope(principal, 'organisation.read');
    return (await this.organisations.findById(scope, id)) ?? this.notFound('organisation.read', id);
  }

  async list(principal: Principal, query: ListOrganisationsQuery): Promise<Page<Organisation>> {
    return this.organisations.list(await this.access.scope(principal, 'organisation.read'), query);
  }

  async updateContact(principal: Principal, id: string, input: UpdateContactDto): Promise<Organisation> {
    const scope = await this.access.scope(principal, 'organisation.update_contact');
    const { contacts, ...main } = input;
    const details: Partial<ContactDetails> = {
      ...main,
      ...(contacts ? { contacts: toContacts(contacts) } : {}),
    };
    const updated = await this.organisations.updateContact(scope, id, details);
    if (!updated) return this.notFound('organisation.update_contact', id);
    await this.audit.record({
      action: 'organisation.contact_updated',
      recordType: 'organisation',
      recordId: id,
      outcome: 'allowed',
      details: { fields: Object.keys(input) },
    });
    return updated;
  }

  async findMany(ids: string[]): Promise<FindOrganisationsResponse> {
    const unique = [...new Set(ids)];
    const found = await this.organisations.findByIdsForService(unique);
    const foundIds = new Set(found.map((o) => o.id));
    return {
      found: found.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
      missing: unique.filter((id) => !foundIds.has(id)),
    };
  }

  /**
   * Missing and not-yours look the same to the caller (404, same body); a record that exists but was
   * out of the caller's scope is recorded as a denied attempt.
   */
  private notFound(
    action: 'organisation.read' | 'organisation.update' | 'organisation.update_contact',
    id: string,
  ): Promise<never> {
    return notFoundOrDenied(
      this.audit,
      {
        action,
        recordType: 'organisation',
        recordId: id,
        existsOutsideScope: () => this.organisations.exists(id),
      },
      new OrganisationError('ORGANISATION_NOT_FOUND', `No organisation with id ${id}.`),
    );
  }
}
