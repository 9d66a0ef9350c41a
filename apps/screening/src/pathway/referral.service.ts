import { AuditLog, type Principal } from '@linkage/auth';
import { Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { ResidentDirectory } from '../residents/resident-directory';
import { PathwayViews } from './pathway-context';
import { referralView } from './pathway-views';
import type { ReferralView } from './pathway.dto';
import { PathwayError } from './pathway.error';
import { ReferralSender } from './referral-sender';
import { ReferralRepository } from './referral.repository';

/** Sending a referral that waited (for the resident's consent to sharing with the hospital, or a hospital). */
@Injectable()
export class ReferralService {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly sender: ReferralSender,
    private readonly views: PathwayViews,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly residents: ResidentDirectory,
  ) {}

  async send(principal: Principal, id: string): Promise<ReferralView> {
    // A referral is the caller's when its resident is (pathway.manage): else it answers as missing.
    const scope = await this.views.access.scope(principal, 'pathway.manage');
    const referral = await this.transactions.run(async (tx) => {
      const locked = await this.referrals.lock(tx, id);
      const found = locked && (await this.residents.inScope(scope, locked.residentId)) ? locked : null;
      if (!found) throw new PathwayError('REFERRAL_NOT_FOUND', `No referral with id ${id}.`);
      if (found.status !== 'awaiting_consent' && found.status !== 'awaiting_hospital')
        throw new PathwayError('REFERRAL_ALREADY_SENT', 'The referral was sent to the hospital already.', {
          status: found.status,
        });
      const outcome = await this.sender.trySend(tx, found);
      if (outcome === 'sent') {
        await this.audit.record(
          {
            action: 'referral.sent',
            recordType: 'resident',
            recordId: found.residentId,
            outcome: 'allowed',
            details: { referralId: id },
          },
          tx,
        );
      }
      return { found, outcome };
    });
    if (referral.outcome === 'awaiting_consent') {
      throw new PathwayError(
        'REFERRAL_CONSENT_REQUIRED',
        'The resident has not consented to sharing with the hospital (hospital_sharing): the referral waits for that consent.',
        { kind: 'hospital_sharing' },
      );
    }
    if (referral.outcome === 'awaiting_hospital') {
      throw new PathwayError(
        'REFERRAL_NO_HOSPITAL',
        'The campaign has no partner organisation of kind hospital to refer to: add the memory clinic as a partner.',
      );
    }
    const [sent] = (await this.referrals.ofResident(referral.found.residentId)).filter((r) => r.id === id);
    return referralView(sent, this.views.fields, this.views.moment());
  }
}
