import { EventSubject, type AssignmentConfirmedV1 } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { Outbox } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { OnVolunteersEvent, type ShiftChanged, type ShiftCreated } from '../domain-events/volunteers-events';
import type { ShiftData } from '../shifts/shift-data';
import { shiftSource } from '../shifts/shift-source';
import { VolunteerService } from '../volunteers/volunteer.service';
import type { Signup } from './signup.entity';
import { SignupRepository } from './signup.repository';

export type ConfirmedHow = AssignmentConfirmedV1['how'];

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
  async signupChanged(
    tx: Tx,
    shift: ShiftData,
    before: Pick<Signup, 'status'> | null,
    after: Signup,
    change: { how?: ConfirmedHow; by?: string | null } = {},
  ): Promise<void> {
    const source = shiftSource(shift);
    const now = new Date().toISOString();
    if (after.status === 'confirmed' && before?.status !== 'confirmed') {
      await this.outbox.add(tx, EventSubject.volunteersAssignmentConfirmed, {
        signupId: after.id,
        shiftId: shift.id,
        volunteerId: after.volunteerId,
        volunteerName: await this.nameOf(tx, after.volunteerId),
        source,
        how: change.how ?? 'signup',
        confirmedAt: (after.confirmedAt ?? new Date()).toISOString(),
      });
    } else if (before?.status === 'confirmed' && after.status !== 'confirmed') {
      await this.outbox.add(tx, EventSubject.volunteersAssignmentCancelled, {
        signupId: after.id,
        shiftId: shift.id,
        volunteerId: after.volunteerId,
        volunteerName: await this.nameOf(tx, after.volunteerId),
        source,
        cancelledBy: change.by ?? after.cancelledBy ?? after.volunteerId,
        cancelledAt: (after.cancelledAt ?? new Date(now)).toISOString(),
      });
    }
    if (before?.status !== after.status) await this.staffingChanged(tx, shift);
  }

  /**
   * The volunteer's name (null if the profile is gone), read in the sign-up's transaction without a lock:
   * on another pooled connection, a storm of sign-ups each holding one and waiting for a second would
   * take the whole pool and stop (the benchmark's 500 at once did).
   */
  private async nameOf(tx: Tx, volunteerId: string): Promise<string | null> {
    const [volunteer] = await this.volunteers.summaries([volunteerId], tx);
    return volunteer?.name ?? null;
  }

  /** The shift's counts as they stand in this transaction. */
  async staffingChanged(
    tx: Tx,
    shift: Pick<
      ShiftChanged['shift'],
      'id' | 'capacity' | 'startsAt' | 'sourceType' | 'sourceId' | 'sourceRef'
    >,
  ): Promise<void> {
    const counts = await this.signups.countByStatus(tx, shift.id);
    await this.outbox.add(tx, EventSubject.volunteersShiftStaffingChanged, {
      shiftId: shift.id,
      source: shiftSource(shift),
      sourceRef: shift.sourceRef,
      capacity: shift.capacity,
      confirmed: counts.confirmed ?? 0,
      waitlisted: counts.waitlisted ?? 0,
      pending: counts.pending ?? 0,
      startsAt: shift.startsAt.toISOString(),
      countedAt: new Date().toISOString(),
    });
  }
}
