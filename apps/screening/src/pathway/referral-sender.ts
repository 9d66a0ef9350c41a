import { EventSubject } from '@linkage/contracts';
import { newId, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { ScreeningEvents, type RecordedResult } from '../domain-events/screening-events';
import { ageOn, shanghaiDate } from '../results/age-band';
import { ScreeningConfig } from '../screening.config';
import { PathwayClock } from './pathway-clock';
import { PathwayRepository } from './pathway.repository';
import { ReferralFields } from './referral-fields';
import { referralInboxItem } from './referral-message';
import { ReferralRepository, type Referral } from './referral.repository';

export type SendOutcome = 'sent' | 'awaiting_consent' | 'awaiting_hospital';

/**
 * Makes a referral of a positive stage-2 screen and sends it to the campaign's hospital
 * (`screening.referral.created.v1`, which partners files in the hospital's inbox; through the outbox, in
 * the transaction of the change): only with the resident's consent to sharing with the hospital, else it
 * waits for that.
 */
@Injectable()
export class ReferralSender {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly pathway: PathwayRepository,
    private readonly fields: ReferralFields,
    private readonly events: ScreeningEvents,
    private readonly clock: PathwayClock,
    private readonly config: ScreeningConfig,
  ) {}

  /** A referral for the result (in the result's transaction), sent at once when it may be. */
  async open(tx: Tx, result: RecordedResult): Promise<void> {
    if (await this.referrals.existsFor(tx, result.residentId)) return;
    const id = newId();
    const referral: Referral = {
      id,
      campaignId: result.campaignId,
      residentId: result.residentId,
      community: result.community,
      resultId: result.resultId,
      instrument: result.instrument,
      version: result.version,
      scoreEnc: this.fields.sealScore(id, result.total),
      organisationId: null,
      status: 'awaiting_consent',
      createdAt: this.clock.now(),
      sentAt: null,
      acceptedAt: null,
      outcomeStatus: null,
      diagnosisCategory: null,
      adviceEnc: null,
      outcomeAt: null,
      outcomeByName: null,
      lastEventAt: null,
    };
    await this.referrals.insert(tx, referral);
    await this.trySend(tx, referral);
  }

  /**
   * Sends a referral not sent yet when the resident consented and the campaign has a hospital;
   * otherwise marks what it waits for. The referral is locked by the caller.
   */
  async trySend(tx: Tx, referral: Referral): Promise<SendOutcome> {
    if ((await this.pathway.hospitalSharing(tx, referral.residentId)) !== 'granted') {
      await this.referrals.markBlocked(tx, referral.id, 'awaiting_consent');
      return 'awaiting_consent';
    }
    const hospital = await this.pathway.hospitalOf(tx, referral.campaignId);
    const resident = await this.pathway.residentFacts(referral.residentId, tx);
    if (!hospital || !resident) {
      await this.referrals.markBlocked(tx, referral.id, 'awaiting_hospital');
      return 'awaiting_hospital';
    }
    const sentAt = this.clock.now();
    const screenedOn = shanghaiDate(referral.createdAt);
    await this.referrals.markSent(tx, referral.id, hospital.id, sentAt);
    await this.events.publish(
      tx,
      EventSubject.screeningReferralCreated,
      referralInboxItem({
        referralId: referral.id,
        organisationId: hospital.id,
        pseudonym: this.fields.pseudonym(referral.residentId),
        age: ageOn(resident.birthDate, screenedOn),
        sex: resident.sex,
        community: referral.community,
        instrument: referral.instrument,
        version: referral.version,
        score: this.fields.openScore(referral.id, referral.scoreEnc),
        screenedOn,
        sentAt,
        dueAt: new Date(sentAt.getTime() + this.config.REFERRAL_OUTCOME_DAYS * 86_400_000),
      }),
    );
    return 'sent';
  }
}
