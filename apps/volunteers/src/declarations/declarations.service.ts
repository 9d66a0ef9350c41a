import { AuditLog, type Principal } from '@linkage/auth';
import { EventSubject } from '@linkage/contracts';
import { newId, Transactions, type Tx } from '@linkage/database';
import { OrganisationNames, Outbox } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { EntityNotFoundError } from 'typeorm';
import { VolunteersAccess } from '../access/volunteers.access';
import { ShiftSeats } from '../shifts/shift-seats';
import { localDateOf } from '../time/local-date';
import type { DeclareHoursDto } from './declaration.dto';
import { DeclarationError } from './declaration.error';
import { DeclarationsRepository, type DeclarationWithVolunteer } from './declarations.repository';
import { HoursDeclaration } from './hours-declaration.entity';

/** The inbox item kind and origin partners keep a declaration under (its outcome comes back with them). */
export const DECLARATION_INBOX_KIND = 'hours_declaration';
export const DECLARATION_ORIGIN = { service: 'volunteers', entityType: 'hours_declaration' } as const;

/**
 * A volunteer declares hours they served (after a shift, or outside Linkage) and follows their
 * declarations. A declaration naming a shift must be of a shift the volunteer may see and that has
 * ended; one naming a partner organisation must name one we know (partners' events), and goes to that
 * organisation's inbox to be confirmed there (`partners.inbox.item-received.v1`, in the same transaction).
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
    private readonly outbox: Outbox,
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
      const declared = (await this.declarations.byId(tx, saved.id))!;
      if (organisation) await this.sendToPartner(tx, declared);
      return declared;
    });
  }

  /**
   * The partner's inbox item: what its member needs to recognise the service and the volunteer, and the
   * contact the volunteer named (the partner's own person); no student number, phone or ID of the volunteer.
   */
  private async sendToPartner(tx: Tx, { declaration: d, volunteerName }: DeclarationWithVolunteer) {
    await this.outbox.add(tx, EventSubject.partnersInboxItemReceived, {
      itemId: d.id,
      organisationId: d.partnerOrganisationId!,
      kind: DECLARATION_INBOX_KIND,
      title: d.activity,
      summary: d.content,
      origin: { ...DECLARATION_ORIGIN, entityId: d.id },
      details: {
        volunteer: volunteerName,
        serviceDate: d.serviceDate,
        place: d.place,
        hours: Number(d.hours),
        contactName: d.contactName,
        contactPhone: d.contactPhone,
      },
      dueAt: null,
      sentAt: new Date().toISOString(),
    });
  }

  async mine(principal: Principal): Promise<DeclarationWithVolunteer[]> {
    return this.declarations.list(await this.access.scope(principal, 'declaration.create'), {});
  }
}
