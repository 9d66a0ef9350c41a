import { AuditLog } from '@linkage/auth';
import type { RecordScope } from '@linkage/auth';
import { Transactions, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { eventNotFound } from './event-not-found';
import type { EventRegistration } from './event-registration.entity';
import { EventRegistrationRepository } from './event-registration.repository';

/**
 * Writing events, for the services that change them (editing, the review lifecycle): a new event in a
 * transaction, or an event locked within the caller's scope for one — whose 404 (audited when it exists
 * out of scope) is answered here, after the transaction, so a refused request holds no connection.
 */
@Injectable()
export class EventStore {
  constructor(
    private readonly events: EventRegistrationRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {}

  /** Runs `work` in a transaction of its own (registering a new event). */
  inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transactions.run(work);
  }

  /** Runs `work` on the event locked within `scope`; the event's 404 for `action` when it is not there. */
  async withLocked<T>(
    scope: RecordScope,
    id: string,
    action: string,
    work: (tx: Tx, event: EventRegistration) => Promise<T>,
  ): Promise<T> {
    const outcome = await this.transactions.run(async (tx) => {
      const event = await this.events.lock(tx, scope, id);
      return event ? { found: true as const, value: await work(tx, event) } : { found: false as const };
    });
    return outcome.found ? outcome.value : eventNotFound(this.audit, this.events, action, id);
  }

  insert(tx: Tx, event: EventRegistration): Promise<EventRegistration> {
    return this.events.insert(tx, event);
  }

  save(tx: Tx, event: EventRegistration): Promise<EventRegistration> {
    return this.events.save(tx, event);
  }
}
