import { AuditLog, RequestContext, type Principal } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import type { ShiftData } from '../shifts/shift-data';
import { ownVolunteerId } from '../volunteers/volunteer.service';
import type { SignUpDto } from './signup.dto';
import { SignupBatches, type SignupRequest } from './signup-batches';
import type { Signup } from './signup.entity';
import { SignupError } from './signup.error';
import { checkTakesSignups, overlapError, SignupEligibility } from './signup-eligibility';
import { SignupLocks, type Found } from './signup-locks';
import { signupAudit, SignupRecords, type SignupResult } from './signup-records';
import { holdsSeat, isActive } from './signup-status';
import { cancellationDeadline, mayCancel } from './signup-window.rule';
import { offerExpired } from './waitlist.rule';
import { ShiftBatcher } from './shift-batcher';
import { WaitlistService } from './waitlist.service';

export type { SignupResult } from './signup-records';

/**
 * At most this many sign-ups for one shift share a transaction: enough that a storm takes the shift's
 * lock a few times rather than once each, few enough that a batch holds the lock for a moment (a
 * hundred take ~20 statements). At 100, a wave of 128 from the gateway split into batches of 100 and
 * 28 (three storms each on this machine: 381–551 sign-ups/s with 100, 516–529 with 250).
 */
const MAX_SIGNUP_BATCH = 250;

/**
 * Taking and giving up places: signing up (oneself, or someone as a coordinator), claiming an offered
 * seat, cancelling. Every change runs in one transaction under SignupLocks' lock order. Capacity is
 * enforced by the conditional seat UPDATE and the table's CHECK, not by values read in application code.
 */
@Injectable()
export class SignupService {
  /** Sign-ups queued per shift and taken in batches, one transaction each (group commit). */
  private readonly batches: ShiftBatcher<SignupRequest, Found<SignupResult>>;

  constructor(
    private readonly records: SignupRecords,
    private readonly locks: SignupLocks,
    private readonly waitlist: WaitlistService,
    private readonly eligibility: SignupEligibility,
    private readonly access: VolunteersAccess,
    private readonly audit: AuditLog,
    signupBatches: SignupBatches,
  ) {
    this.batches = new ShiftBatcher((shiftId, requests) => signupBatches.run(shiftId, requests), {
      maxBatch: MAX_SIGNUP_BATCH,
      distinct: (request) => request.volunteerId,
    });
  }

  /**
   * Signs the caller up, or (coordinators) the volunteer named in the body. Confirmed when a seat is
   * free, waitlisted when not, pending in approval mode. Signing up again answers the existing sign-up.
   * Sign-ups for one shift that arrive together are taken together (SignupBatches), each answered with
   * its own outcome.
   */
  async signUp(principal: Principal, shiftId: string, input: SignUpDto): Promise<SignupResult> {
    const assigns = await this.access.can(principal, 'signup.assign');
    const assigned = assigns && input.volunteerId !== undefined;
    if (
      input.volunteerId !== undefined &&
      !(await this.access.can(principal, 'signup.create', { ownerId: input.volunteerId }))
    ) {
      throw new SignupError('SIGNUP_FORBIDDEN', 'Only coordinators sign other volunteers up.');
    }
    if (input.override && !(await this.access.can(principal, 'signup.override_overlap'))) {
      throw new SignupError('SIGNUP_FORBIDDEN', 'Only coordinators may override an overlap.');
    }
    const volunteerId = input.volunteerId ?? principal.volunteerId;
    if (!volunteerId) {
      throw new SignupError('SIGNUP_VOLUNTEER_REQUIRED', 'Say whom to sign up (volunteerId).');
    }
    const found = await this.batches.submit(shiftId, {
      principal,
      volunteerId,
      assigned,
      input,
      needs: assigned ? 'signup.assign' : 'shift.read',
      context: RequestContext.current(),
      now: new Date(),
    });
    return this.locks.resolve(found, shiftId, assigned, volunteerId);
  }

  /** Cancels the caller's own sign-up; a confirmed seat only until the shift's cut-off. */
  async cancelOwn(principal: Principal, shiftId: string): Promise<SignupResult> {
    const volunteerId = ownVolunteerId(principal);
    const scope = await this.access.scope(principal, 'shift.read');
    const now = new Date();
    const found = await this.locks.run(
      scope,
      shiftId,
      null,
      async (tx, shift): Promise<Found<SignupResult>> => {
        const signup = await this.records.find(shiftId, volunteerId, tx);
        if (!signup) return { kind: 'no_signup' };
        return { kind: 'done', value: await this.cancel(tx, principal, shift, signup, now, false) };
      },
    );
    return this.records.withPositions(await this.locks.resolve(found, shiftId, false, volunteerId));
  }

  /**
   * Cancels a sign-up by id: those who manage the shift (no cut-off: they are staffing it), or the
   * volunteer it belongs to (with the cut-off). Anyone else gets the 404 of a missing sign-up.
   */
  async cancelById(principal: Principal, shiftId: string, signupId: string): Promise<SignupResult> {
    const [read, cancel] = await Promise.all([
      this.access.scope(principal, 'shift.read'),
      this.access.scope(principal, 'signup.cancel'),
    ]);
    const now = new Date();
    const found = await this.locks.run(
      read,
      shiftId,
      null,
      async (tx, shift): Promise<Found<SignupResult>> => {
        const signup = await this.records.findById(cancel, shiftId, signupId, tx);
        if (!signup) return { kind: 'no_signup' };
        const asManager = await this.access.can(principal, 'shift.manage', { teamId: shift.teamId });
        return { kind: 'done', value: await this.cancel(tx, principal, shift, signup, now, asManager) };
      },
    );
    if (found.kind === 'no_signup') return this.records.notFound('signup.cancel', shiftId, signupId);
    return this.records.withPositions(await this.locks.resolve(found, shiftId, false, null));
  }

  /** Claims a seat offered from the waitlist, before its deadline. */
  async claim(principal: Principal, shiftId: string): Promise<SignupResult> {
    const volunteerId = ownVolunteerId(principal);
    const scope = await this.access.scope(principal, 'shift.read');
    const now = new Date();
    const found = await this.locks.run(
      scope,
      shiftId,
      volunteerId,
      async (tx, shift): Promise<Found<SignupResult | 'expired'>> => {
        const signup = await this.records.find(shiftId, volunteerId, tx);
        if (!signup) return { kind: 'no_signup' };
        if (signup.status === 'confirmed')
          return { kind: 'done', value: { signup, positions: new Map(), changed: false } };
        if (signup.status !== 'offered') {
          throw new SignupError(
            'SIGNUP_NO_OFFER',
            `There is no seat on offer to claim: the sign-up is ${signup.status}.`,
            {
              status: signup.status,
            },
          );
        }
        checkTakesSignups(shift, now);
        if (offerExpired(signup.offerExpiresAt, now)) {
          // Let the offer go now (it passes to the next in line) and say so once this has committed.
          await this.waitlist.serve(tx, shiftId, now);
          return { kind: 'done', value: 'expired' as const };
        }
        const held = await this.eligibility.overlapping(tx, volunteerId, shift);
        if (held.length > 0) throw overlapError(held);
        const claimed = await this.records.put(
          tx,
          shift,
          signup,
          { status: 'confirmed', offerExpiresAt: null, confirmedAt: now },
          { how: 'offer_claimed' },
        );
        await this.audit.record(
          {
            action: 'signup.offer_claimed',
            recordType: 'signup',
            recordId: signup.id,
            outcome: 'allowed',
            details: { shiftId },
          },
          tx,
        );
        return { kind: 'done', value: { signup: claimed, positions: new Map(), changed: true } };
      },
    );
    if (found.kind === 'done' && found.value === 'expired') {
      throw new SignupError(
        'OFFER_EXPIRED',
        'The offer ran out before it was claimed; the seat went to the next in line.',
      );
    }
    return this.records.withPositions(
      await this.locks.resolve(found as Found<SignupResult>, shiftId, false, volunteerId),
    );
  }

  private async cancel(
    tx: Tx,
    principal: Principal,
    shift: ShiftData,
    signup: Signup,
    now: Date,
    asManager: boolean,
  ): Promise<SignupResult> {
    if (!isActive(signup.status)) return { signup, positions: new Map(), changed: false };
    if (
      !asManager &&
      signup.status === 'confirmed' &&
      !mayCancel(now, shift.startsAt, shift.cancellationCutoffHours)
    ) {
      const deadline = cancellationDeadline(shift.startsAt, shift.cancellationCutoffHours);
      throw new SignupError(
        'CANCELLATION_CUTOFF_PASSED',
        `Confirmed places can be cancelled until ${shift.cancellationCutoffHours} hours before the start; ask a coordinator.`,
        { deadline: deadline.toISOString(), cancellationCutoffHours: shift.cancellationCutoffHours },
      );
    }
    const cancelled = await this.records.put(
      tx,
      shift,
      signup,
      { status: 'cancelled', cancelledAt: now, cancelledBy: principal.accountId, offerExpiresAt: null },
      { by: principal.accountId },
    );
    if (holdsSeat(signup.status)) await this.waitlist.releaseSeat(tx, shift.id);
    await this.waitlist.serve(tx, shift.id, now);
    await this.audit.record(
      signupAudit('signup.cancelled', signup, {
        previousStatus: signup.status,
        by: signup.volunteerId === principal.volunteerId ? 'volunteer' : 'manager',
      }),
      tx,
    );
    return { signup: cancelled, positions: new Map(), changed: true };
  }
}
