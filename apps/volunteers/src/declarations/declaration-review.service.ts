import { AuditLog, notFoundOrDenied, type Principal, type RecordScope } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { VolunteerService } from '../volunteers/volunteer.service';
import { DeclarationOutcomes } from './declaration-outcomes';
import { DeclarationError, declarationNotFound } from './declaration.error';
import { DeclarationsRepository, type DeclarationWithVolunteer } from './declarations.repository';
import type { DeclarationStatus, HoursDeclaration } from './hours-declaration.entity';

/**
 * Coordinators and the leaders of a declared shift's team review declarations (`declaration.review`;
 * nobody their own): confirm (the hours then count, verified by the reviewer) or reject with a reason.
 * Any other declaration is a 404 as if it were not there. A second confirmation (or rejection) answers the
 * declaration as it is; changing a reviewed declaration's outcome is a 409.
 */
@Injectable()
export class DeclarationReview {
  constructor(
    private readonly declarations: DeclarationsRepository,
    private readonly access: VolunteersAccess,
    private readonly volunteers: VolunteerService,
    private readonly outcomes: DeclarationOutcomes,
    private readonly audit: AuditLog,
  ) {}

  async list(principal: Principal, status?: DeclarationStatus): Promise<DeclarationWithVolunteer[]> {
    return this.declarations.list(await this.scope(principal), { status });
  }

  async confirm(principal: Principal, id: string): Promise<DeclarationWithVolunteer> {
    const role = (await this.access.can(principal, 'record.administer')) ? 'coordinator' : 'team_leader';
    return this.change(principal, id, 'confirmed', (tx, d) =>
      this.outcomes.confirm(tx, d, { accountId: principal.accountId, role }),
    );
  }

  async reject(principal: Principal, id: string, reason: string): Promise<DeclarationWithVolunteer> {
    const role = (await this.access.can(principal, 'record.administer')) ? 'coordinator' : 'team_leader';
    return this.change(principal, id, 'rejected', (tx, d) =>
      this.outcomes.reject(tx, d, { reason, by: principal.accountId, role }),
    );
  }

  /** Under the volunteer's lock (the daily limit), with the declaration locked and read again. */
  private async change(
    principal: Principal,
    id: string,
    to: Exclude<DeclarationStatus, 'pending'>,
    apply: (tx: Tx, d: HoursDeclaration) => Promise<HoursDeclaration>,
  ): Promise<DeclarationWithVolunteer> {
    const scope = await this.scope(principal);
    const found = await this.find(scope, id);
    return this.volunteers.withLocked(found.declaration.volunteerId, async (tx) => {
      const [current] = await this.declarations.list(scope, { id, lock: true }, tx);
      if (!current) throw declarationNotFound(id);
      const status = current.declaration.status;
      if (status === to) return current;
      if (status !== 'pending') {
        throw new DeclarationError(
          'DECLARATION_ALREADY_REVIEWED',
          `This declaration was ${status} already; it is not reviewed twice.`,
          { status },
        );
      }
      return { ...current, declaration: await apply(tx, current.declaration) };
    });
  }

  private scope(principal: Principal): Promise<RecordScope> {
    return this.access.scope(principal, 'declaration.review');
  }

  private async find(scope: RecordScope, id: string): Promise<DeclarationWithVolunteer> {
    const [found] = await this.declarations.list(scope, { id });
    if (found) return found;
    return notFoundOrDenied(
      this.audit,
      {
        action: 'declaration.review',
        recordType: 'hours_declaration',
        recordId: id,
        existsOutsideScope: () => this.declarations.exists(id),
      },
      declarationNotFound(id),
    );
  }
}
