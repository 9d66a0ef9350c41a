import type { Principal, RecordScope } from '@linkage/auth';
import { Transactions, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { STATION_SCOPE } from '../access/volunteers.access';
import type { ShiftData } from '../shifts/shift-data';
import { ShiftSeats } from '../shifts/shift-seats';
import { ShiftService } from '../shifts/shift.service';
import type { VolunteerData } from '../volunteers/volunteer-data';
import { VolunteerError } from '../volunteers/volunteer.error';
import { VolunteerService } from '../volunteers/volunteer.service';
import { SignupError } from './signup.error';
import { noSignup } from './signup-records';

/** What a transaction found, for answers that need more lookups once it has ended. */
export type Found<T> =
  { kind: 'done'; value: T } | { kind: 'no_volunteer' } | { kind: 'no_shift' } | { kind: 'no_signup' };

/**
 * The lock order of every sign-up change, and what a missing row answers. A volunteer's own change
 * locks the volunteer's row (when known up front) and then the shift's, so sign-ups for one shift run
 * one at a time and a volunteer's own sign-ups too; a manager's change and the waitlist lock the shift
 * first and the volunteer after it (the rare deadlock that allows is retried by Transactions).
 */
@Injectable()
export class SignupLocks {
  constructor(
    private readonly transactions: Transactions,
    private readonly seats: ShiftSeats,
    private readonly shifts: ShiftService,
    private readonly volunteers: VolunteerService,
  ) {}

  /** Runs `work` in one transaction holding the volunteer's row (when named) and then the shift's. */
  run<T>(
    scope: RecordScope,
    shiftId: string,
    volunteerId: string | null,
    work: (tx: Tx, shift: ShiftData, volunteer: VolunteerData | null) => Promise<Found<T>>,
  ): Promise<Found<T>> {
    return this.transactions.run(async (tx): Promise<Found<T>> => {
      const volunteer = volunteerId ? await this.volunteers.lockForUpdate(tx, volunteerId) : null;
      if (volunteerId && !volunteer) return { kind: 'no_volunteer' };
      const shift = await this.seats.lock(tx, scope, shiftId);
      if (!shift) return { kind: 'no_shift' };
      return work(tx, shift, volunteer);
    });
  }

  /**
   * Runs `work` in one transaction holding the rows of every volunteer named (in the order of their
   * ids, so batches sharing a volunteer cannot deadlock on them) and then the shift's: a batch of
   * sign-ups (SignupBatches). The shift is locked whatever the scope; whether each request's caller
   * may see it is asked of the access module then. Volunteers that do not exist are missing from the
   * map; `shift` is null when there is no such shift.
   */
  runBatch<T>(
    shiftId: string,
    volunteerIds: readonly string[],
    work: (tx: Tx, shift: ShiftData | null, volunteers: ReadonlyMap<string, VolunteerData>) => Promise<T>,
  ): Promise<T> {
    return this.transactions.run(async (tx) => {
      const volunteers = await this.volunteers.lockAllForUpdate(tx, volunteerIds);
      const shift = await this.seats.lock(tx, STATION_SCOPE, shiftId);
      return work(tx, shift, new Map(volunteers.map((v) => [v.id, v])));
    });
  }

  /** Runs `work` with the shift locked for someone who manages it (ShiftService.withManagedShift). */
  managed<T>(
    principal: Principal,
    shiftId: string,
    work: (tx: Tx, shift: ShiftData, scope: RecordScope) => Promise<T>,
  ): Promise<T> {
    return this.shifts.withManagedShift(principal, shiftId, work);
  }

  /** Locks a volunteer's row after the shift's (a manager's change). */
  async lockVolunteer(tx: Tx, volunteerId: string): Promise<void> {
    await this.volunteers.lockForUpdate(tx, volunteerId);
  }

  /** Turns what a transaction did not find into the right 404 (or 422), once it has ended. */
  async resolve<T>(
    found: Found<T>,
    shiftId: string,
    assigned: boolean,
    volunteerId: string | null,
  ): Promise<T> {
    switch (found.kind) {
      case 'done':
        return found.value;
      case 'no_volunteer':
        if (assigned)
          throw new SignupError('SIGNUP_VOLUNTEER_UNKNOWN', `No volunteer with id ${volunteerId}.`);
        throw new VolunteerError('VOLUNTEER_NOT_FOUND', 'This account has no volunteer profile.');
      case 'no_shift':
        return this.shifts.notFound('shift.read', shiftId);
      case 'no_signup':
        throw noSignup();
    }
  }
}
