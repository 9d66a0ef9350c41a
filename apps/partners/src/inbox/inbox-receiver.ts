import {
  EventSubject,
  type EventEnvelope,
  type InboxItemReceivedV1,
  type ScreeningReferralCreatedV1,
} from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { InboxService } from './inbox.service';

/**
 * Work for partner organisations arrives here: screening's referrals to a hospital (SCREENING stream),
 * and items other services address to an organisation's inbox (PARTNERS stream). One item per `itemId`.
 */
@Injectable()
export class InboxReceiver {
  constructor(private readonly inbox: InboxService) {}

  @OnEvent(EventSubject.partnersInboxItemReceived)
  async received(event: EventEnvelope<InboxItemReceivedV1>, tx: Tx): Promise<void> {
    await this.inbox.receive(tx, event.payload);
  }

  @OnEvent(EventSubject.screeningReferralCreated)
  async referral(event: EventEnvelope<ScreeningReferralCreatedV1>, tx: Tx): Promise<void> {
    await this.inbox.receive(tx, event.payload);
  }
}
