import type { RequestContextData } from '@linkage/auth';
import { EventSubject, type AssignmentConfirmedV1 } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { Outbox, type OutboxEvent } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { OnVolunteersEvent, type ShiftChanged, type ShiftCreated } from '../domain-events/volunteers-events';
import type { ShiftData } from '../shifts/shift-data';
import { shiftSource } from '../shifts/shift-source';
import { VolunteerService } from '../volunteers/volunteer.service';
import type { Signup } from './signup.entity';
import { SignupRepository } from './signup.repository';

export type ConfirmedHow = AssignmentConfirmedV1['how'];

/** One sign-up's change, as signupsChanged tells it. */
export interface StaffingChange {
  before: Pick<Signup, 'status'> | null;
  after: Signup;
  how?: ConfirmedHow;
  by?: string | null;
  /** The volunteer's name, when the caller holds their row (else it is read). */
  volunteerName?: string;
  /** The request it came of, when a batch writes several requests' changes at once. */
  context?: RequestContextData;
}

type StaffedShift = Pick<
  ShiftChanged['shift'],
  'id' | 'capacity' | 'startsAt' | 'sourceType' | 'sourceId' | 'sourceRef'
>;

/**
 * What other services hear of sign-ups, written to the outbox in the transaction of the change (under
 * the shift's row lock, so a shift's events are in the order its changes were made): a place confirmed
 * or given up, and the shift's staffing counts after every change.
 */
@Injectable()
export class StaffingEvents {
  constructor(
    private readonly outbox: Outbox,
    private readonly signups: SignupRepository,
    private readonly volunteers: VolunteerService,
  ) {}

  /** Capacity edits and cancellations change a shift's staffing without touching a sign-up. */
  @OnVolunteersEvent('volunteers.shift.changed')
  shiftChanged({ shift }: ShiftChanged, tx: Tx): Promise<void> {
    return this.staffingChanged(tx, shift);
  }

  /** A shift made from a partner event is on partners' staffing page at once, with nobody on it yet. */
  @OnVolunteersEvent('volunteers.shift.created')
  shiftCreated({ shift }: ShiftCreated, tx: Tx): Promise<void> {
    return this.staffingChanged(tx, shift);
  }

  /**
   * A sign-up went from `before` (null: new) to `after`. `how` says how a confirmed place came about;
   * `by` is who gave one up (the volunteer or a manager). Both events carry the volunteer's name, so a
   * partner can show who is coming without asking volunteers.
   */
  signupChanged(
    tx: Tx,
    shift: ShiftData,
    before: Pick<Signup, 'status'> | null,
    after: Signup,
    change: { how?: ConfirmedHow; by?: string | null } = {},
  ): Promise<void> {
    return this.signupsChanged(tx, shift, [{ before, after, ...change }]);
  }

  /**
   * Several sign-ups of the shift changed in one transaction (a batch of sign-ups): each one's event as
   * signupChanged writes it, in order, then the staffing counts once, after all of them.
   */
  async signupsChanged(tx: Tx, shift: ShiftData, changes: readonly StaffingChange[]): Promise<void> {
    const source = shiftSource(shift);
    const told = changes.filter(
      ({ before, after }) => (after.status === 'confirmed') !== (before?.status === 'confirmed'),
    );
    const names = await this.namesOf(
      tx,
      told.filter((c) => c.volunteerName === undefined).map((c) => c.after.volunteerId),
    );
    const events: OutboxEvent[] = told.map(({ after, how, by, volunteerName, context }) => {
      const assignment = {
        signupId: after.id,
        shiftId: shift.id,
        volunteerId: after.volunteerId,
        volunteerName: volunteerName ?? names.get(after.volunteerId) ?? null,
        source,
      };
      return after.status === 'confirmed'
        ? {
            subject: EventSubject.volunteersAssignmentConfirmed,
            payload: {
              ...assignment,
              how: how ?? 'signup',
              confirmedAt: (after.confirmedAt ?? new Date()).toISOString(),
            },
            context,
          }
        : {
            subject: EventSubject.volunteersAssignmentCancelled,
            payload: {
              ...assignment,
              cancelledBy: by ?? after.cancelledBy ?? after.volunteerId,
              cancelledAt: (after.cancelledAt ?? new Date()).toISOString(),
            },
            context,
          };
    });
    if (changes.some(({ before, after }) => before?.status !== after.status)) {
      events.push(await this.staffingEvent(tx, shift));
    }
    await this.outbox.addAll(tx, events);
  }

  /**
   * The volunteers' names (none for a profile that is gone), read in the sign-up's transaction without a
   * lock: on another pooled connection, a storm of sign-ups each holding one and waiting for a second
   * would take the whole pool and stop (the benchmark's 500 at once did).
   */
  private async namesOf(tx: Tx, volunteerIds: string[]): Promise<Map<string, string>> {
    return new Map((await this.volunteers.summaries(volunteerIds, tx)).map((v) => [v.id, v.name]));
  }

  /** The shift's counts as they stand in this transaction. */
  async staffingChanged(tx: Tx, shift: StaffedShift): Promise<void> {
    await this.outbox.addAll(tx, [await this.staffingEvent(tx, shift)]);
  }

  private async staffingEvent(tx: Tx, shift: StaffedShift): Promise<OutboxEvent> {
    const counts = await this.signups.countByStatus(tx, shift.id);
    return {
      subject: EventSubject.volunteersShiftStaffingChanged,
      payload: {
        shiftId: shift.id,
        source: shiftSource(shift),
        sourceRef: shift.sourceRef,
        capacity: shift.capacity,
        confirmed: counts.confirmed ?? 0,
        waitlisted: counts.waitlisted ?? 0,
        pending: counts.pending ?? 0,
        startsAt: shift.startsAt.toISOString(),
        countedAt: new Date().toISOString(),
      },
    };
  }
}
