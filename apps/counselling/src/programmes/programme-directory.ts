import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { CounsellingAccess, type CounsellingAction } from '../access/counselling.access';
import { FacilitatorRepository } from './facilitator.repository';
import type { ProgrammeFacilitator } from './programme-facilitator.entity';
import type { Programme } from './programme.entity';
import { ProgrammeError } from './programme.error';
import { ProgrammeRepository } from './programme.repository';

/**
 * What other features ask about programmes: "the programme, if the caller may do this to it" (a 404,
 * audited as denied when it exists, otherwise) and who facilitates it. Features never read the
 * programmes table themselves.
 */
@Injectable()
export class ProgrammeDirectory {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly facilitators: FacilitatorRepository,
    private readonly access: CounsellingAccess,
    private readonly audit: AuditLog,
  ) {}

  async find(principal: Principal, action: CounsellingAction, id: string): Promise<Programme> {
    const found = await this.programmes.findById(await this.access.scope(principal, action), id);
    return found ?? this.notFound(action, id);
  }

  /** Like find, locked for the caller's transaction (enrolling against capacity, completing a session). */
  async lock(tx: Tx, principal: Principal, action: CounsellingAction, id: string): Promise<Programme> {
    const found = await this.programmes.lock(tx, await this.access.scope(principal, action), id);
    return found ?? this.notFound(action, id);
  }

  /** Whether the caller may do the action to the programme (no audit: a question, not an attempt). */
  async allows(principal: Principal, action: CounsellingAction, id: string): Promise<boolean> {
    return (await this.programmes.findById(await this.access.scope(principal, action), id)) !== null;
  }

  facilitatorsOf(programmeId: string, tx?: Tx): Promise<ProgrammeFacilitator[]> {
    return this.facilitators.of(programmeId, tx);
  }

  notFound(action: string, id: string): Promise<never> {
    return notFoundOrDenied(
      this.audit,
      { action, recordType: 'programme', recordId: id, existsOutsideScope: () => this.programmes.exists(id) },
      new ProgrammeError('PROGRAMME_NOT_FOUND', `No programme with id ${id}.`),
    );
  }
}
