import { AuditLog } from '@linkage/auth';
import { newId, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { ShiftData } from '../shifts/shift-data';
import { ShiftSeats } from '../shifts/shift-seats';
import type { VolunteerData } from '../volunteers/volunteer-data';
import type { SignupData } from './signup-data';
import { SignupError } from './signup.error';
import { overlapError, SignupEligibility } from './signup-eligibility';
import { SignupRecords } from './signup-records';

export interface WalkIn {
  /** The account adding them (a coordinator or the shift's leader, checked by the caller). */
  by: string;
  /** Why they are added at the door, kept in the audit trail. */
  reason: string;
}

/**
 * Someone at the venue whose card is scanned without a confirmed place: their confirmed sign-up, or —
 * when the leader chooses to add them — a seat taken for them at the door (a walk-in). Runs inside the
 * caller's transaction, which holds the shift's row lock and then the volunteer's (a manager's change).
 */
@Injectable()
export class SignupWalkIns {
  constructor(
    private readonly records: SignupRecords,
    private readonly seats: ShiftSeats,
    private readonly eligibility: SignupEligibility,
    private readonly audit: AuditLog,
  ) {}

  /** The volunteer's confirmed sign-up on the shift, or null. */
  async confirmed(tx: Tx, shiftId: string, volunteerId: string): Promise<SignupData | null> {
    const signup = await this.records.find(shiftId, volunteerId, tx);
    return signup?.status === 'confirmed' ? signup : null;
  }

  /**
   * Confirms the volunteer on the shift as a walk-in: the same requirements and overlap rule as any
   * sign-up, a seat only if one is free (409 SHIFT_FULL; a seat offered to them is theirs already).
   * A closed shift takes walk-ins (closing stops sign-ups from afar, not the leader at the door).
   */
  async admit(
    tx: Tx,
    shift: ShiftData,
    volunteer: VolunteerData,
    walkIn: WalkIn,
    now: Date,
  ): Promise<SignupData> {
    const existing = await this.records.find(shift.id, volunteer.id, tx);
    if (existing?.status === 'confirmed') return existing;
    if (shift.status === 'completed' || shift.status === 'cancelled') {
      throw new SignupError('SHIFT_NOT_OPEN', `This shift is ${shift.status} and takes no sign-ups.`, {
        status: shift.status,
      });
    }
    await this.eligibility.checkRequirements(tx, shift, volunteer);
    const held = await this.eligibility.overlapping(tx, volunteer.id, shift);
    if (held.length > 0) throw overlapError(held);
    const hasSeat = existing?.status === 'offered';
    if (!hasSeat && !(await this.seats.takeSeat(tx, shift.id))) {
      throw new SignupError(
        'SHIFT_FULL',
        `All ${shift.capacity} places on this shift are taken: a walk-in needs a free place (raise the capacity first).`,
        { capacity: shift.capacity, seatsTaken: shift.seatsTaken },
      );
    }
    await this.seats.refreshStatus(tx, shift.id);
    const signup = await this.records.put(
      tx,
      shift,
      existing,
      {
        ...(existing ? {} : { id: newId(), shiftId: shift.id, volunteerId: volunteer.id }),
        status: 'confirmed',
        confirmedAt: now,
        waitlistTicket: null,
        offerExpiresAt: null,
        assignedBy: walkIn.by,
        decidedBy: null,
        cancelledAt: null,
        cancelledBy: null,
      },
      { how: 'assigned', by: walkIn.by },
    );
    await this.audit.record(
      {
        action: 'signup.walk_in',
        recordType: 'signup',
        recordId: signup.id,
        outcome: 'allowed',
        details: {
          shiftId: shift.id,
          volunteerId: volunteer.id,
          reason: walkIn.reason,
          before: existing?.status,
        },
      },
      tx,
    );
    return signup;
  }
}
