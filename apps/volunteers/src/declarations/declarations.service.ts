import { AuditLog, type Principal } from '@linkage/auth';
import { newId, Transactions } from '@linkage/database';
import { OrganisationNames } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { EntityNotFoundError } from 'typeorm';
import { VolunteersAccess } from '../access/volunteers.access';
import { ShiftSeats } from '../shifts/shift-seats';
import { localDateOf } from '../time/local-date';
import type { DeclareHoursDto } from './declaration.dto';
import { DeclarationError } from './declaration.error';
import { DeclarationsRepository, type DeclarationWithVolunteer } from './declarations.repository';
import { HoursDeclaration } from './hours-declaration.entity';

/**
 * A volunteer declares hours they served (after a shift, or outside Linkage) and follows their
 * declarations. A declaration naming a shift must be of a shift the volunteer may see and that has
 * ended; one naming a partner organisation must name one we know (partners' events).
 */
@Injectable()
export class DeclarationsService {
  constructor(
    private readonly declarations: DeclarationsRepository,
    private readonly access: VolunteersAccess,
    private readonly shifts: ShiftSeats,
    private readonly organisations: OrganisationNames,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {}

  async declare(principal: Principal, input: DeclareHoursDto): Promise<DeclarationWithVolunteer> {
    const volunteerId = principal.volunteerId!;
    if (input.serviceDate > localDateOf(new Date())) {
      throw new DeclarationError(
        'DECLARATION_IN_FUTURE',
        `Hours are declared for service already done; ${input.serviceDate} is after today.`,
        [{ field: 'serviceDate', code: 'in_future' }],
      );
    }
    const organisation = input.partnerOrganisationId
      ? (await this.organisations.find([input.partnerOrganisationId])).get(input.partnerOrganisationId)
      : undefined;
    if (input.partnerOrganisationId && !organisation) {
      throw new DeclarationError(
        'DECLARATION_PARTNER_NOT_FOUND',
        `No partner organisation with id ${input.partnerOrganisationId}.`,
      );
    }
    return this.transactions.run(async (tx) => {
      let teamId: string | null = null;
      if (input.shiftId) {
        const shift = await this.shifts.current(tx, input.shiftId).catch((e: unknown) => {
          if (e instanceof EntityNotFoundError) return null;
          throw e;
        });
        if (!shift || !(await this.access.can(principal, 'shift.read', { teamId: shift.teamId }))) {
          throw new DeclarationError('DECLARATION_SHIFT_NOT_FOUND', `No shift with id ${input.shiftId}.`);
        }
        if (shift.endsAt > new Date()) {
          throw new DeclarationError(
            'DECLARATION_SHIFT_NOT_ENDED',
            'The shift has not ended yet; declare its hours after it.',
          );
        }
        teamId = shift.teamId;
      }
      const saved = await this.declarations.insert(
        tx,
        Object.assign(new HoursDeclaration(), {
          id: newId(),
          volunteerId,
          shiftId: input.shiftId ?? null,
          teamId,
          partnerOrganisationId: organisation?.id ?? null,
          partnerOrganisationName: organisation?.name ?? null,
          activity: input.activity,
          serviceDate: input.serviceDate,
          place: input.place,
          content: input.content,
          hours: Number(input.hours).toFixed(2),
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          status: 'pending',
          rejectReason: null,
          reviewedBy: null,
          reviewerRole: null,
          reviewedAt: null,
          hoursRecordId: null,
          declaredBy: principal.accountId,
        }),
      );
      await this.audit.record(
        {
          action: 'hours.declared',
          recordType: 'hours_declaration',
          recordId: saved.id,
          outcome: 'allowed',
          details: { hours: saved.hours, shiftId: saved.shiftId, organisation: organisation?.id ?? null },
        },
        tx,
      );
      return (await this.declarations.byId(tx, saved.id))!;
    });
  }

  async mine(principal: Principal): Promise<DeclarationWithVolunteer[]> {
    return this.declarations.list(await this.access.scope(principal, 'declaration.create'), {});
  }
}
