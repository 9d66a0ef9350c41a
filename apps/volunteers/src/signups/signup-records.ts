import { AuditLog, notFoundOrDenied, type RecordScope } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { ShiftData } from '../shifts/shift-data';
import { Signup } from './signup.entity';
import { SignupError } from './signup.error';
import { SignupRepository } from './signup.repository';
import { StaffingEvents, type ConfirmedHow } from './staffing-events';

export interface SignupResult {
  signup: Signup;
  /** Its current place in line, when waitlisted. */
  positions: Map<string, number>;
  /** False when an existing sign-up was answered (signing up twice, cancelling twice). */
  changed: boolean;
}

/** How a change came about, for the events other services hear (StaffingEvents.signupChanged). */
export interface SignupChange {
  how?: ConfirmedHow;
  by?: string | null;
}

/**
 * A shift's sign-up rows as the sign-up flows read and change them. Every change of a row is written
 * with the events other services hear of it (StaffingEvents), so no flow can change a sign-up and forget
 * to tell; a sign-up the caller may not see answers like a missing one.
 */
@Injectable()
export class SignupRecords {
  constructor(
    private readonly signups: SignupRepository,
    private readonly staffing: StaffingEvents,
    private readonly audit: AuditLog,
  ) {}

  find(shiftId: string, volunteerId: string, tx: Tx): Promise<Signup | null> {
    return this.signups.find(shiftId, volunteerId, tx);
  }

  findById(scope: RecordScope, shiftId: string, id: string, tx?: Tx): Promise<Signup | null> {
    return this.signups.findById(scope, shiftId, id, tx);
  }

  /** Saves a new sign-up (`before` null) or the changes to one, then tells what changed. */
  async put(
    tx: Tx,
    shift: ShiftData,
    before: Signup | null,
    fields: Partial<Signup>,
    change: SignupChange = {},
  ): Promise<Signup> {
    const after = before
      ? await this.signups.save(tx, before.id, fields)
      : await this.signups.insert(tx, Object.assign(new Signup(), fields));
    await this.staffing.signupChanged(tx, shift, before, after, change);
    return after;
  }

  async withPositions(result: SignupResult): Promise<SignupResult> {
    return { ...result, positions: await this.signups.waitlistPositions([result.signup]) };
  }

  /** Not there and not yours answer alike; a real sign-up out of scope is recorded as a denied attempt. */
  notFound(action: 'signup.read' | 'signup.cancel', shiftId: string, id: string): Promise<never> {
    return notFoundOrDenied(
      this.audit,
      {
        action,
        recordType: 'signup',
        recordId: id,
        existsOutsideScope: () => this.signups.exists(shiftId, id),
      },
      noSignup(),
    );
  }
}

export function noSignup(): SignupError {
  return new SignupError('SIGNUP_NOT_FOUND', 'No such sign-up on this shift.');
}
