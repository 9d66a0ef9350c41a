import { AuditLog, type Principal } from '@linkage/auth';
import { Inject, Injectable } from '@nestjs/common';
import { DeadLetterError } from './dead-letter.error';
import { DeadLetterRepository, type DeadLetter, type DeadLetterStatus } from './dead-letter.repository';
import { EventHandlers } from './event-handlers';
import { InboxRepository } from './inbox.repository';
import { SERVICE_NAME } from './service-name';

export interface DeadLetterView extends Omit<DeadLetter, 'envelope' | 'parkedAt' | 'resolvedAt'> {
  service: string;
  /** The event as parked: its JSON when it was one, else the raw text. */
  event: unknown;
  parkedAt: string;
  resolvedAt: string | null;
}

/** An admin's view of the events this service gave up on, and the two ways to resolve one. */
@Injectable()
export class DeadLettersService {
  constructor(
    private readonly deadLetters: DeadLetterRepository,
    private readonly handlers: EventHandlers,
    private readonly inbox: InboxRepository,
    private readonly audit: AuditLog,
    @Inject(SERVICE_NAME) private readonly service: string,
  ) {}

  async list(query: { status?: DeadLetterStatus; limit?: number; cursor?: string }) {
    const page = await this.deadLetters.list({
      status: query.status,
      limit: query.limit ?? 20,
      cursor: query.cursor,
    });
    return { items: page.items.map((d) => this.view(d)), nextCursor: page.nextCursor };
  }

  /**
   * Applies the parked event once more, here and now, in one transaction with its inbox row and the
   * entry's resolution: it takes effect at most once however often replay is pressed, and an event
   * that still fails stays parked (422 with the reason).
   */
  async replay(principal: Principal, id: string): Promise<DeadLetterView> {
    const replayed = await this.deadLetters.transaction(async (tx) => {
      const entry = await this.openEntry(tx, id);
      try {
        const event = this.handlers.parse(entry.envelope);
        if (await this.inbox.recordOnce(tx, this.service, event.id, event.subject, new Date()))
          await this.handlers.apply(event, tx);
      } catch (error) {
        throw new DeadLetterError(
          'DEAD_LETTER_REPLAY_FAILED',
          `Replaying the event failed again: ${error instanceof Error ? error.message : String(error)}`,
          { id },
        );
      }
      await this.deadLetters.resolve(tx, id, 'replayed', principal.accountId);
      await this.audit.record(
        {
          action: 'dead_letter.replayed',
          recordType: 'dead_letter',
          recordId: id,
          outcome: 'allowed',
          details: { subject: entry.subject, eventId: entry.eventId },
        },
        tx,
      );
      return (await this.deadLetters.lock(tx, id))!;
    });
    return this.view(replayed);
  }

  async discard(principal: Principal, id: string): Promise<DeadLetterView> {
    const discarded = await this.deadLetters.transaction(async (tx) => {
      const entry = await this.openEntry(tx, id);
      await this.deadLetters.resolve(tx, id, 'discarded', principal.accountId);
      await this.audit.record(
        {
          action: 'dead_letter.discarded',
          recordType: 'dead_letter',
          recordId: id,
          outcome: 'allowed',
          details: { subject: entry.subject, eventId: entry.eventId },
        },
        tx,
      );
      return (await this.deadLetters.lock(tx, id))!;
    });
    return this.view(discarded);
  }

  private async openEntry(tx: Parameters<DeadLetterRepository['lock']>[0], id: string): Promise<DeadLetter> {
    const entry = await this.deadLetters.lock(tx, id);
    if (!entry)
      throw new DeadLetterError('DEAD_LETTER_NOT_FOUND', `No dead letter with id ${id} in ${this.service}.`);
    if (entry.status !== 'parked')
      throw new DeadLetterError('DEAD_LETTER_RESOLVED', `The dead letter was already ${entry.status}.`, {
        status: entry.status,
      });
    return entry;
  }

  private view(d: DeadLetter): DeadLetterView {
    const { envelope, parkedAt, resolvedAt, ...rest } = d;
    let event: unknown = envelope;
    try {
      event = JSON.parse(envelope);
    } catch {
      // keep the raw text: it is what arrived
    }
    return {
      ...rest,
      service: this.service,
      event,
      parkedAt: parkedAt.toISOString(),
      resolvedAt: resolvedAt?.toISOString() ?? null,
    };
  }
}
