import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { CounsellingAccess, type CounsellingAction } from '../access/counselling.access';
import type { Enrolment } from './enrolment.entity';
import { EnrolmentError } from './enrolment.error';
import { EnrolmentRepository } from './enrolment.repository';

/**
 * What other features ask about members: "this member, if the caller may do the action to their
 * records" (a 404, audited as denied when they exist, otherwise), the caller's own membership, the
 * members of a programme. Features never read the enrolments table themselves.
 */
@Injectable()
export class Memberships {
  constructor(
    private readonly enrolments: EnrolmentRepository,
    private readonly access: CounsellingAccess,
    private readonly audit: AuditLog,
  ) {}

  /** The member in the caller's scope for the action; with `active`, a withdrawn member is a 409. */
  async find(
    principal: Principal,
    action: CounsellingAction,
    programmeId: string,
    enrolmentId: string,
    options: { active?: boolean; tx?: Tx } = {},
  ): Promise<Enrolment> {
    const found = await this.enrolments.find(
      await this.access.scope(principal, action),
      programmeId,
      enrolmentId,
      options.tx,
    );
    if (!found) return this.notFound(action, enrolmentId);
    if (options.active && found.status !== 'active') {
      throw new EnrolmentError('ENROLMENT_WITHDRAWN', 'The member has withdrawn from the programme.');
    }
    return found;
  }

  /**
   * The caller's buddy, if the access rules say they are paired (buddy.view): what the buddy view is
   * built from, a 404 (audited as denied) otherwise.
   */
  async buddy(principal: Principal, programmeId: string, enrolmentId: string): Promise<Enrolment> {
    const found = await this.enrolments.findAsBuddy(
      await this.access.scope(principal, 'buddy.view'),
      programmeId,
      enrolmentId,
    );
    return found ?? this.notFound('buddy.view', enrolmentId);
  }

  /** The caller's own active membership of the programme, or 404. */
  async own(principal: Principal, programmeId: string): Promise<Enrolment> {
    const [found] = await this.enrolments.list(await this.access.scope(principal, 'own.use'), programmeId);
    if (found?.status === 'active') return found;
    throw new EnrolmentError('ENROLMENT_NOT_FOUND', 'You are not a member of this programme.');
  }

  /** The programme's members the caller may see for the action (all of them, for its counsellors). */
  async list(principal: Principal, action: CounsellingAction, programmeId: string): Promise<Enrolment[]> {
    return this.enrolments.list(await this.access.scope(principal, action), programmeId);
  }

  /** For work with no caller (the nudge job, reports). */
  byIds(ids: readonly string[]): Promise<Enrolment[]> {
    return this.enrolments.byIds(ids);
  }

  private notFound(action: CounsellingAction, enrolmentId: string): Promise<never> {
    return notFoundOrDenied(
      this.audit,
      {
        action,
        recordType: 'enrolment',
        recordId: enrolmentId,
        existsOutsideScope: () => this.enrolments.exists(enrolmentId),
      },
      new EnrolmentError(
        'ENROLMENT_NOT_FOUND',
        `No member with enrolment id ${enrolmentId} in this programme.`,
      ),
    );
  }
}
