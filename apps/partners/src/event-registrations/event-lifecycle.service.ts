import { AuditLog, type Principal } from '@linkage/auth';
import { EventSubject } from '@linkage/contracts';
import { Outbox } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { PartnersAccess, type PartnersAction } from '../access/partners.access';
import { EventHistory } from './event-history';
import { nextStatus, type EventAction } from './event-lifecycle.rule';
import { EventRegistrationError } from './event-registration.error';
import { EventParties } from './event-parties';
import type { NamedEvent } from './event-registration.service';
import { cancelledPayload, schedulePayload } from './event-schedule.payload';
import { EventStore } from './event-store';

/** Who may take each action: the access table's action for it. */
const RIGHTS: Record<EventAction, PartnersAction> = {
  submit: 'event.submit',
  request_changes: 'event.review',
  approve: 'event.review',
  reject: 'event.review',
  cancel: 'event.cancel',
  complete: 'event.complete',
};

/** For messages: "cannot be …". */
const DONE: Record<EventAction, string> = {
  submit: 'submitted',
  request_changes: 'sent back for changes',
  approve: 'approved',
  reject: 'rejected',
  cancel: 'cancelled',
  complete: 'completed',
};

/**
 * Moves events through review: submit (and resubmit), request changes, approve, reject, cancel,
 * complete. Each move locks the event, checks the transition table, records the move in the event's
 * history and, when volunteers' shifts must follow (approval, cancelling an approved event), writes the
 * event to the outbox, all in one transaction.
 */
@Injectable()
export class EventLifecycleService {
  constructor(
    private readonly store: EventStore,
    private readonly parties: EventParties,
    private readonly access: PartnersAccess,
    private readonly history: EventHistory,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  /** `comment` is the change request, the rejection's or cancellation's reason, or a note. */
  async transition(
    principal: Principal,
    id: string,
    action: EventAction,
    comment: string | null = null,
  ): Promise<NamedEvent> {
    const right = RIGHTS[action];
    const scope = await this.access.scope(principal, right);
    return this.store.withLocked(scope, id, right, async (tx, event) => {
      const from = event.status;
      const to = nextStatus(from, action);
      if (!to)
        throw new EventRegistrationError(
          'EVENT_TRANSITION_NOT_ALLOWED',
          `An event that is ${from} cannot be ${DONE[action]}.`,
          { status: from, action },
        );
      const organisation = await this.parties.organisation(event.organisationId, tx);
      if (action === 'submit' && organisation?.status !== 'active')
        throw new EventRegistrationError(
          'EVENT_ORGANISATION_SUSPENDED',
          'The organisation is suspended and takes no new events.',
          { organisationId: event.organisationId },
        );
      event.status = to;
      event.statusReason = action === 'reject' || action === 'cancel' ? comment : null;
      event.version += 1;
      const saved = await this.store.save(tx, event);
      await this.history.record(tx, principal, right, saved, { action, fromStatus: from, comment });
      if (action === 'approve')
        await this.outbox.add(
          tx,
          EventSubject.partnersEventApproved,
          schedulePayload(saved, organisation?.name ?? ''),
        );
      if (action === 'cancel' && from === 'approved')
        await this.outbox.add(
          tx,
          EventSubject.partnersEventCancelled,
          cancelledPayload(saved, comment ?? ''),
        );
      await this.audit.record(
        {
          action: `event.${action}`,
          recordType: 'partner_event',
          recordId: id,
          outcome: 'allowed',
          details: { from, to },
        },
        tx,
      );
      return { event: saved, organisationName: organisation?.name ?? '' };
    });
  }
}
