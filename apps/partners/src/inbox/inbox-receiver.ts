import { EventSubject, type EventEnvelope, type InboxItemReceivedV1 } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { InboxService } from './inbox.service';

/** Work other services address to partner organisations arrives here, from the PARTNERS stream. */
@Injectable()
export class InboxReceiver {
  constructor(private readonly inbox: InboxService) {}

  @OnEvent(EventSubject.partnersInboxItemReceived)
  async received(event: EventEnvelope<InboxItemReceivedV1>, tx: Tx): Promise<void> {
    await this.inbox.receive(tx, event.payload);
  }
}
