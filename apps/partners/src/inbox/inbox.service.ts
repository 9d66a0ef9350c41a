import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import { EventSubject, type InboxItemReceivedV1, type InboxOutcomeStatus } from '@linkage/contracts';
import { newId, Transactions, type Page, type Tx } from '@linkage/database';
import { Outbox } from '@linkage/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { PartnersAccess, type PartnersAction } from '../access/partners.access';
import { OrganisationDirectory } from '../organisations/organisation-directory';
import type { AcceptInboxItemDto, ListInboxQuery, RecordOutcomeDto } from './inbox.dto';
import { InboxError } from './inbox.error';
import { InboxItem } from './inbox-item.entity';
import { InboxRepository } from './inbox.repository';
import { canMoveInboxItem } from './inbox-status.rule';

@Injectable()
export class InboxService {
  private readonly logger = new Logger('PartnerInbox');

  constructor(
    private readonly items: InboxRepository,
    private readonly organisations: OrganisationDirectory,
    private readonly access: PartnersAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Keeps an item another service addressed to an organisation, in the consumer's transaction. The same
   * itemId a second time (a redelivery the event inbox missed, a sender that re-sent it under a new event
   * id) changes nothing. An item for an organisation partners does not know fails, so that after its
   * retries it is parked as a dead letter an admin sees, rather than vanishing.
   */
  async receive(tx: Tx, item: InboxItemReceivedV1): Promise<void> {
    const known = await this.organisations.listings([item.organisationId]);
    if (!known.has(item.organisationId)) {
      throw new Error(
        `Inbox item ${item.itemId} is addressed to organisation ${item.organisationId}, which partners does not know.`,
      );
    }
    const kept = await this.items.insert(
      tx,
      Object.assign(new InboxItem(), {
        id: newId(),
        itemId: item.itemId,
        organisationId: item.organisationId,
        kind: item.kind,
        title: item.title,
        summary: item.summary ?? null,
        originService: item.origin.service,
        originEntityType: item.origin.entityType,
        originEntityId: item.origin.entityId,
        details: item.details ?? null,
        dueAt: item.dueAt ? new Date(item.dueAt) : null,
        sentAt: new Date(item.sentAt),
        receivedAt: new Date(),
        status: 'received' as const,
        acceptedAt: null,
        acceptedBy: null,
        outcomeCategory: null,
        outcomeNotes: null,
        outcomeAt: null,
        outcomeBy: null,
        outcomeByName: null,
      }),
    );
    if (kept === 'duplicate') this.logger.log(`Inbox item ${item.itemId} arrived again; kept the first.`);
  }

  async list(principal: Principal, query: ListInboxQuery): Promise<Page<InboxItem>> {
    return this.items.list(await this.access.scope(principal, 'inbox.read'), query);
  }

  async get(principal: Principal, id: string): Promise<InboxItem> {
    const scope = await this.access.scope(principal, 'inbox.read');
    return (await this.items.findById(scope, id)) ?? this.notFound('inbox.read', id);
  }

  /** The organisation takes the item on; the sender hears of it (outcome `accepted`). */
  accept(principal: Principal, id: string, input: AcceptInboxItemDto): Promise<InboxItem> {
    return this.move(principal, id, 'accepted', { category: null, notes: input.notes ?? null });
  }

  /** What came of the item (completed or declined), told to the sender. */
  recordOutcome(principal: Principal, id: string, input: RecordOutcomeDto): Promise<InboxItem> {
    return this.move(principal, id, input.status, {
      category: input.category ?? null,
      notes: input.notes ?? null,
    });
  }

  private async move(
    principal: Principal,
    id: string,
    to: InboxOutcomeStatus,
    outcome: { category: string | null; notes: string | null },
  ): Promise<InboxItem> {
    const scope = await this.access.scope(principal, 'inbox.act');
    const moved = await this.transactions.run(async (tx) => {
      const item = await this.items.lock(tx, scope, id);
      if (!item) return null;
      if (!canMoveInboxItem(item.status, to)) {
        throw new InboxError(
          'INBOX_ITEM_TRANSITION_INVALID',
          `An inbox item that is ${item.status} cannot become ${to}.`,
          { from: item.status, to },
        );
      }
      const now = new Date();
      if (to === 'accepted') Object.assign(item, { acceptedAt: now, acceptedBy: principal.accountId });
      else {
        Object.assign(item, {
          outcomeCategory: outcome.category,
          outcomeNotes: outcome.notes,
          outcomeAt: now,
          outcomeBy: principal.accountId,
          outcomeByName: principal.displayName.slice(0, 100),
        });
      }
      item.status = to;
      const saved = await this.items.save(tx, item);
      const organisation = (await this.organisations.listings([item.organisationId])).get(
        item.organisationId,
      );
      await this.outbox.add(tx, EventSubject.partnersInboxOutcomeRecorded, {
        itemId: item.itemId,
        organisationId: item.organisationId,
        organisationName: organisation?.name ?? '',
        origin: {
          service: item.originService,
          entityType: item.originEntityType,
          entityId: item.originEntityId,
        },
        outcome: { status: to, category: outcome.category, notes: outcome.notes },
        recordedBy: { accountId: principal.accountId, displayName: principal.displayName.slice(0, 100) },
        recordedAt: now.toISOString(),
      });
      await this.audit.record(
        {
          action: to === 'accepted' ? 'inbox.accepted' : 'inbox.outcome_recorded',
          recordType: 'inbox_item',
          recordId: id,
          outcome: 'allowed',
          details: { status: to, ...(outcome.category ? { category: outcome.category } : {}) },
        },
        tx,
      );
      return saved;
    });
    return moved ?? this.notFound('inbox.act', id);
  }

  private notFound(action: PartnersAction, id: string): Promise<never> {
    return notFoundOrDenied(
      this.audit,
      { action, recordType: 'inbox_item', recordId: id, existsOutsideScope: () => this.items.exists(id) },
      new InboxError('INBOX_ITEM_NOT_FOUND', `No inbox item with id ${id}.`),
    );
  }
}
