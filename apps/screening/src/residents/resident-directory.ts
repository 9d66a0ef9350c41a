import { AuditLog, type RecordScope } from '@linkage/auth';
import { Transactions, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { CampaignDirectory } from '../campaigns/campaign-directory';
import type { StageInstruments } from '../campaigns/campaign-instruments';
import type { Education } from '@linkage/screening-rules';
import { consentFor, RESULT_CONSENTS, type ConsentCheck } from './consent-state';
import type { Sex } from './resident-identity';
import { residentNotFound } from './resident-not-found';
import { educationOf } from './resident-views';
import { ResidentRepository } from './resident.repository';

/** What a screening result needs to know of its resident (nothing of it encrypted). */
export interface ResidentForResult {
  id: string;
  campaignId: string;
  /** The session it was registered at, if any. */
  sessionId: string | null;
  community: string;
  sex: Sex;
  birthDate: string;
  education: Education | null;
  /** Whether the consents on record let a result be stored. */
  consent: ConsentCheck;
  /** The instrument versions the resident's campaign uses per stage. */
  instruments: StageInstruments;
}

/** The narrow query the results feature asks of residents and their campaign (never their repository). */
@Injectable()
export class ResidentDirectory {
  constructor(
    private readonly residents: ResidentRepository,
    private readonly campaigns: CampaignDirectory,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Runs `work` in a transaction holding the resident's row lock (see lockForResult); null, with no
   * work done, when the resident is not within the scope.
   */
  withLockedForResult<T>(
    scope: RecordScope,
    id: string,
    work: (tx: Tx, resident: ResidentForResult) => Promise<T>,
  ): Promise<T | null> {
    return this.transactions.run(async (tx) => {
      const resident = await this.lockForResult(tx, scope, id);
      return resident ? work(tx, resident) : null;
    });
  }

  /**
   * The resident within the scope, locked until the transaction ends (so a withdrawal cannot slip in
   * between the consent check and the result), with where its consents stand; null when not there or
   * not the caller's.
   */
  async lockForResult(tx: Tx, scope: RecordScope, id: string): Promise<ResidentForResult | null> {
    const r = await this.residents.lock(tx, scope, id);
    if (!r) return null;
    const consents = await this.residents.consentsOf(id, tx);
    const plan = await this.campaigns.planOf(r.campaignId);
    return {
      id: r.id,
      campaignId: r.campaignId,
      sessionId: r.sessionId,
      community: r.community,
      sex: r.sex,
      birthDate: r.birthDate,
      education: educationOf(r),
      consent: consentFor(consents, RESULT_CONSENTS),
      instruments: plan?.instruments ?? { stage1: [], stage2: [] },
    };
  }

  /** Whether the resident is within the scope. */
  async inScope(scope: RecordScope, id: string): Promise<boolean> {
    return (await this.residents.findById(scope, id)) !== null;
  }

  /** The resident's 404: audited as denied when it exists outside the caller's scope. */
  notFound(action: string, id: string): Promise<never> {
    return residentNotFound(this.audit, this.residents, action, id);
  }
}
