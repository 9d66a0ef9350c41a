import { AuditLog, type Principal } from '@linkage/auth';
import { Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { ScreeningAccess } from '../access/screening.access';
import type { ReadPurpose } from './access-reason';
import { residentNotFound } from './resident-not-found';
import type { EducationInput, EducationView } from './resident.dto';
import { ResidentRepository } from './resident.repository';

/**
 * Recording a resident's education, which stage-2 instruments are scored against (a resident met at
 * the door may not have said it at registration). Results scored before keep what they were scored with.
 */
@Injectable()
export class ResidentEducationService {
  constructor(
    private readonly residents: ResidentRepository,
    private readonly access: ScreeningAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async set(
    principal: Principal,
    id: string,
    input: EducationInput,
    purpose: ReadPurpose,
  ): Promise<EducationView> {
    const scope = await this.access.scope(principal, 'resident.update');
    const updated = await this.transactions.run(async (tx) => {
      if (!(await this.residents.lock(tx, scope, id))) return false;
      await this.residents.setEducation(tx, id, input.level, input.years);
      await this.audit.record(
        {
          action: 'resident.education-set',
          recordType: 'resident',
          recordId: id,
          outcome: 'allowed',
          details: { endpoint: purpose.endpoint },
        },
        tx,
      );
      return true;
    });
    if (!updated) return residentNotFound(this.audit, this.residents, 'resident.update', id);
    return { level: input.level, years: input.years };
  }
}
