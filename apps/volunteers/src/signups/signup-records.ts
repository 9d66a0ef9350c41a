import {
  AuditLog,
  notFoundOrDenied,
  type AuditEntry,
  type RecordScope,
  type RequestContextData,
} from '@linkage/auth';
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

/** One sign-up to save in a batch: new (`before` null) or changed, how, and for which request. */
export interface SignupPut {
  before: Signup | null;
  fields: Partial<Signup>;
  change?: SignupChange;
  /** The volunteer's name for its events, when the caller holds their row (else it is read). */
  volunteerName?: string;
  /** The request it comes of (its events name it), when a batch saves several requests' sign-ups. */
  context?: RequestContextData;
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

  /** The sign-ups these volunteers have on the shift, by volunteer. */
  async findOfVolunteers(
    tx: Tx,
    shiftId: string,
    volunteerIds: readonly string[],
  ): Promise<Map<string, Signup>> {
    const signups = await this.signups.findOfVolunteers(tx, shiftId, volunteerIds);
    return new Map(signups.map((s) => [s.volunteerId, s]));
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
    const [after] = await this.putAll(tx, shift, [{ before, fields, change }]);
    return after;
  }

  /**
   * Saves several sign-ups of the shift (a batch): the new ones in one INSERT, then tells what changed
   * (StaffingEvents.signupsChanged: each one's event, the counts once). Answers them in the order given.
   */
  async putAll(tx: Tx, shift: ShiftData, puts: readonly SignupPut[]): Promise<Signup[]> {
    const inserted = await this.signups.insertAll(
      tx,
      puts.filter((p) => !p.before).map((p) => Object.assign(new Signup(), p.fields)),
    );
    let next = 0;
    const after: Signup[] = [];
    for (const { before, fields } of puts) {
      after.push(before ? await this.signups.save(tx, before.id, fields) : inserted[next++]);
    }
    await this.staffing.signupsChanged(
      tx,
      shift,
      puts.map(({ before, change, volunteerName, context }, i) => ({
        before,
        after: after[i],
        ...change,
        volunteerName,
        context,
      })),
    );
    return after;
  }

  async withPositions(result: SignupResult): Promise<SignupResult> {
    return { ...result, positions: await this.signups.waitlistPositions([result.signup]) };
  }

  /** The place in line of each waitlisted sign-up among those given, as the transaction sees the line. */
  positions(tx: Tx, signups: readonly Signup[]): Promise<Map<string, number>> {
    return this.signups.waitlistPositions(signups, tx);
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

/** An allowed change of one sign-up, for the audit trail: its shift and volunteer, and what else says why. */
export function signupAudit(
  action: string,
  signup: Pick<Signup, 'id' | 'shiftId' | 'volunteerId'>,
  details: Record<string, unknown> = {},
): AuditEntry {
  return {
    action,
    recordType: 'signup',
    recordId: signup.id,
    outcome: 'allowed',
    details: { shiftId: signup.shiftId, volunteerId: signup.volunteerId, ...details },
  };
}

export function noSignup(): SignupError {
  return new SignupError('SIGNUP_NOT_FOUND', 'No such sign-up on this shift.');
}
