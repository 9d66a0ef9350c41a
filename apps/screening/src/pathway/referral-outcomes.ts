import { EventSubject, type EventEnvelope, type InboxOutcomeRecordedV1 } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { ReferralFields } from './referral-fields';
import { ReferralRepository, type ReferralStatus } from './referral.repository';

/** Where a referral may go on a step the hospital recorded; completed and declined are final. */
const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  awaiting_consent: [],
  awaiting_hospital: [],
  sent: ['accepted', 'completed', 'declined'],
  accepted: ['completed', 'declined'],
  completed: [],
  declined: [],
};

/**
 * What the hospital did with a referral comes back from its partner inbox
 * (`partners.inbox.outcome-recorded.v1`). Applied once: the consumer's inbox row drops a redelivery,
 * and a step the referral is already past (an older event arriving late, the same outcome re-sent)
 * changes nothing. Items other services sent to partners' inboxes are not ours and are passed over.
 */
@Injectable()
export class ReferralOutcomes {
  private readonly log = new Logger(ReferralOutcomes.name);

  constructor(
    private readonly referrals: ReferralRepository,
    private readonly fields: ReferralFields,
  ) {}

  @OnEvent(EventSubject.partnersInboxOutcomeRecorded)
  async recorded(event: EventEnvelope<InboxOutcomeRecordedV1>, tx: Tx): Promise<void> {
    const { origin, outcome } = event.payload;
    if (origin.service !== 'screening' || origin.entityType !== 'referral') return;
    const referral = await this.referrals.lock(tx, origin.entityId);
    if (!referral || referral.organisationId !== event.payload.organisationId) {
      this.log.warn(
        `An outcome for referral ${origin.entityId}, which was not sent to that organisation: ignored.`,
      );
      return;
    }
    const at = new Date(event.payload.recordedAt);
    if (!NEXT[referral.status].includes(outcome.status)) return;
    if (referral.lastEventAt && at < referral.lastEventAt) return;
    if (outcome.status === 'accepted') {
      await this.referrals.recordAccepted(tx, referral.id, at);
      return;
    }
    await this.referrals.recordOutcome(tx, referral.id, {
      status: outcome.status,
      category: outcome.category ?? null,
      adviceEnc: this.fields.sealAdvice(referral.id, outcome.notes ?? null),
      at,
      byName: event.payload.recordedBy.displayName,
    });
  }
}
