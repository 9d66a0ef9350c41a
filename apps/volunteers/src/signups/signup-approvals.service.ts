import { AuditLog, type Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import type { ApproveSignupDto, RejectSignupDto } from './signup.dto';
import { SignupError } from './signup.error';
import { checkTakesSignups, overlapError, overrideAudit, SignupEligibility } from './signup-eligibility';
import { SignupLocks } from './signup-locks';
import { noSignup, SignupRecords, type SignupResult } from './signup-records';
import { isActive } from './signup-status';
import { WaitlistService } from './waitlist.service';

/**
 * Approval mode: a coordinator or the team's leader approves a pending sign-up (it takes a seat by the
 * same rule as a sign-up, or a place on the waitlist) or rejects it. Runs with the shift locked for
 * someone who manages it, and the volunteer's row locked after it.
 */
@Injectable()
export class SignupApprovals {
  constructor(
    private readonly records: SignupRecords,
    private readonly locks: SignupLocks,
    private readonly waitlist: WaitlistService,
    private readonly eligibility: SignupEligibility,
    private readonly access: VolunteersAccess,
    private readonly audit: AuditLog,
  ) {}

  /** Approves a pending sign-up (approval mode): it takes a seat if one is free, else joins the waitlist. */
  async approve(
    principal: Principal,
    shiftId: string,
    signupId: string,
    input: ApproveSignupDto,
  ): Promise<SignupResult> {
    if (input.override && !(await this.access.can(principal, 'signup.override_overlap')))
      throw new SignupError('SIGNUP_FORBIDDEN', 'Only coordinators may override an overlap.');
    const now = new Date();
    const result = await this.locks.managed(principal, shiftId, async (tx, shift, scope) => {
      const signup = await this.records.findById(scope, shiftId, signupId, tx);
      if (!signup) throw noSignup();
      if (signup.status !== 'pending') {
        if (isActive(signup.status)) return { signup, positions: new Map<string, number>(), changed: false };
        throw new SignupError(
          'SIGNUP_NOT_PENDING',
          `Only a pending sign-up can be approved; this one is ${signup.status}.`,
        );
      }
      checkTakesSignups(shift, now);
      await this.locks.lockVolunteer(tx, signup.volunteerId);
      const held = await this.eligibility.overlapping(tx, signup.volunteerId, shift);
      if (held.length > 0 && !input.override) throw overlapError(held);
      const approved = await this.records.put(
        tx,
        shift,
        signup,
        {
          ...(await this.waitlist.seatOrTicket(tx, shift, now)),
          decidedBy: principal.accountId,
          overrideReason: held.length > 0 ? (input.reason ?? null) : null,
        },
        { how: 'approved' },
      );
      await this.audit.record(
        {
          action: 'signup.approved',
          recordType: 'signup',
          recordId: signup.id,
          outcome: 'allowed',
          details: { shiftId, volunteerId: signup.volunteerId, status: approved.status },
        },
        tx,
      );
      if (held.length > 0) await this.audit.record(overrideAudit(approved, held, input.reason), tx);
      return { signup: approved, positions: new Map<string, number>(), changed: true };
    });
    return this.records.withPositions(result);
  }

  async reject(
    principal: Principal,
    shiftId: string,
    signupId: string,
    input: RejectSignupDto,
  ): Promise<SignupResult> {
    const result = await this.locks.managed(principal, shiftId, async (tx, shift, scope) => {
      const signup = await this.records.findById(scope, shiftId, signupId, tx);
      if (!signup) throw noSignup();
      if (signup.status === 'rejected')
        return { signup, positions: new Map<string, number>(), changed: false };
      if (signup.status !== 'pending') {
        throw new SignupError(
          'SIGNUP_NOT_PENDING',
          `Only a pending sign-up can be rejected; this one is ${signup.status}.`,
        );
      }
      const rejected = await this.records.put(tx, shift, signup, {
        status: 'rejected',
        decidedBy: principal.accountId,
      });
      await this.audit.record(
        {
          action: 'signup.rejected',
          recordType: 'signup',
          recordId: signup.id,
          outcome: 'allowed',
          details: { shiftId, volunteerId: signup.volunteerId, reason: input.reason ?? null },
        },
        tx,
      );
      return { signup: rejected, positions: new Map<string, number>(), changed: true };
    });
    return this.records.withPositions(result);
  }
}
