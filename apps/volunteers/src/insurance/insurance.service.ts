import { AuditLog, type Principal } from '@linkage/auth';
import { Transactions, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import type { ShiftData } from '../shifts/shift-data';
import { ShiftSeats } from '../shifts/shift-seats';
import { ShiftService } from '../shifts/shift.service';
import type { PutInsuranceDto } from './insurance.dto';
import { InsuranceError } from './insurance.error';
import { InsuranceRepository, type ShiftInsurance } from './insurance.repository';
import { insuredListXlsx, type InsuredPerson } from './insured-list';

/**
 * A shift's accident insurance: the coordinator records the policy (the shift then requires it) and
 * sends the insurer the list of confirmed volunteers; someone confirmed after that is flagged until the
 * next list. Changes hold the shift's row lock, which every confirmation takes too, so a volunteer
 * confirmed while the list is made is either on it or flagged.
 */
@Injectable()
export class InsuranceService {
  constructor(
    private readonly insurance: InsuranceRepository,
    private readonly seats: ShiftSeats,
    private readonly shifts: ShiftService,
    private readonly access: VolunteersAccess,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {}

  async get(
    principal: Principal,
    shiftId: string,
  ): Promise<{ insurance: ShiftInsurance | null; people: InsuredPerson[] }> {
    const scope = await this.access.scope(principal, 'shift.insure');
    if (!(await this.shifts.findInScope(scope, shiftId))) return this.shifts.notFound('shift.read', shiftId);
    const insurance = await this.insurance.find(shiftId);
    return { insurance, people: insurance ? await this.insurance.people(shiftId) : [] };
  }

  async put(principal: Principal, shiftId: string, input: PutInsuranceDto): Promise<void> {
    await this.locked(principal, shiftId, async (tx, shift) => {
      if (input.coversFrom > shift.startsOn || input.coversTo < shift.endsOn) {
        throw new InsuranceError(
          'INSURANCE_PERIOD_NOT_COVERING',
          `The policy covers ${input.coversFrom} to ${input.coversTo}, but the shift is on ${shift.startsOn}${shift.endsOn === shift.startsOn ? '' : ` to ${shift.endsOn}`}.`,
          {
            coversFrom: input.coversFrom,
            coversTo: input.coversTo,
            startsOn: shift.startsOn,
            endsOn: shift.endsOn,
          },
        );
      }
      await this.insurance.put(tx, shiftId, input, principal.accountId);
      await this.audit.record(
        {
          action: 'insurance.recorded',
          recordType: 'shift',
          recordId: shiftId,
          outcome: 'allowed',
          details: {
            insurer: input.insurer,
            policyNumber: input.policyNumber,
            coversFrom: input.coversFrom,
            coversTo: input.coversTo,
          },
        },
        tx,
      );
    });
  }

  /** The insured list for the insurer, marked as sent now (audited). */
  async sendList(
    principal: Principal,
    shiftId: string,
    now = new Date(),
  ): Promise<{ file: Buffer; shift: ShiftData }> {
    return this.locked(principal, shiftId, async (tx, shift) => {
      const insurance = await this.insurance.find(shiftId, tx);
      if (!insurance) {
        throw new InsuranceError(
          'INSURANCE_NOT_RECORDED',
          'Record the shift’s accident insurance policy before sending the insured list.',
        );
      }
      const people = await this.insurance.people(shiftId, tx);
      if (people.length === 0) {
        throw new InsuranceError(
          'INSURED_LIST_EMPTY',
          'Nobody is confirmed on this shift yet: there is nobody to insure.',
        );
      }
      await this.insurance.markSent(
        tx,
        shiftId,
        people.map((p) => p.volunteerId),
        now,
        principal.accountId,
      );
      await this.audit.record(
        {
          action: 'insurance.list_sent',
          recordType: 'shift',
          recordId: shiftId,
          outcome: 'allowed',
          details: { policyNumber: insurance.policyNumber, insured: people.length },
        },
        tx,
      );
      const file = await insuredListXlsx(
        people,
        { title: shift.title, venue: shift.venue, startsOn: shift.startsOn, endsOn: shift.endsOn },
        insurance,
      );
      return { file, shift };
    });
  }

  /** Runs `work` holding the shift's row lock, for a coordinator; a shift out of scope is a 404. */
  private async locked<T>(
    principal: Principal,
    shiftId: string,
    work: (tx: Tx, shift: ShiftData) => Promise<T>,
  ): Promise<T> {
    const scope = await this.access.scope(principal, 'shift.insure');
    const outcome = await this.transactions.run(async (tx) => {
      const shift = await this.seats.lock(tx, scope, shiftId);
      return shift ? { found: true as const, value: await work(tx, shift) } : { found: false as const };
    });
    if (outcome.found) return outcome.value;
    return this.shifts.notFound('shift.read', shiftId);
  }
}
