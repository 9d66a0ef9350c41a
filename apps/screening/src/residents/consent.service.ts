import { AuditLog, type Principal } from '@linkage/auth';
import { Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { ScreeningAccess } from '../access/screening.access';
import type { ReadPurpose } from './access-reason';
import { consentStatus } from './consent-state';
import { consentView } from './resident-views';
import type { ResidentConsentView, RecordConsentDto, WithdrawConsentDto } from './resident.dto';
import { residentNotFound } from './resident-not-found';
import { ResidentError } from './resident.error';
import { ResidentRepository } from './resident.repository';
import { checkConsentTimes, consentRow } from './consent-input';

/** Recording a resident's consents and their withdrawal: who, when, which text; every change audited. */
@Injectable()
export class ConsentService {
  constructor(
    private readonly residents: ResidentRepository,
    private readonly access: ScreeningAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async record(
    principal: Principal,
    residentId: string,
    input: RecordConsentDto,
    purpose: ReadPurpose,
  ): Promise<ResidentConsentView> {
    checkConsentTimes([input], null);
    const scope = await this.access.scope(principal, 'resident.consent');
    const recorded = await this.transactions.run(async (tx) => {
      if (!(await this.residents.lock(tx, scope, residentId))) return null;
      const row = consentRow(residentId, input, principal, new Date());
      await this.residents.insertConsent(tx, row);
      await this.audit.record(
        {
          action: 'consent.recorded',
          recordType: 'resident',
          recordId: residentId,
          outcome: 'allowed',
          details: { endpoint: purpose.endpoint, consentId: row.id, kind: row.kind, granted: row.granted },
        },
        tx,
      );
      return row;
    });
    return consentView(recorded ?? (await this.notFound(residentId)));
  }

  /** Withdraws the granted consent of a kind: from now on nothing that needs it is processed. */
  async withdraw(
    principal: Principal,
    residentId: string,
    input: WithdrawConsentDto,
    purpose: ReadPurpose,
  ): Promise<ResidentConsentView> {
    const scope = await this.access.scope(principal, 'resident.consent');
    const withdrawn = await this.transactions.run(async (tx) => {
      if (!(await this.residents.lock(tx, scope, residentId))) return null;
      const history = await this.residents.consentsOf(residentId, tx);
      const status = consentStatus(history, input.kind);
      const current = history.filter((c) => c.kind === input.kind).at(-1);
      if (status !== 'granted' || !current) {
        throw new ResidentError(
          'CONSENT_NOT_GRANTED',
          `There is no granted ${input.kind} consent to withdraw.`,
          {
            kind: input.kind,
            status,
          },
        );
      }
      const withdrawal = {
        withdrawnAt: new Date(),
        withdrawnBy: principal.accountId,
        withdrawalReason: input.reason?.trim() || null,
      };
      await this.residents.markWithdrawn(tx, current.id, withdrawal);
      await this.audit.record(
        {
          action: 'consent.withdrawn',
          recordType: 'resident',
          recordId: residentId,
          outcome: 'allowed',
          details: { endpoint: purpose.endpoint, consentId: current.id, kind: input.kind },
        },
        tx,
      );
      return Object.assign(current, withdrawal);
    });
    return consentView(withdrawn ?? (await this.notFound(residentId)));
  }

  private notFound(id: string): Promise<never> {
    return residentNotFound(this.audit, this.residents, 'resident.consent', id);
  }
}
