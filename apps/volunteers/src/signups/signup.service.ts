import { AuditLog, notFoundOrDenied, type Principal, type RecordScope } from '@linkage/auth';
import { newId, type Page, Transactions, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import type { Shift } from '../shifts/shift.entity';
import { ShiftRepository } from '../shifts/shift.repository';
import { ShiftService } from '../shifts/shift.service';
import { shownStatus, takesSignups } from '../shifts/shift-status';
import { TeamMembershipRepository } from '../teams/team-membership.repository';
import { localDateTimeOf } from '../time/local-date';
import type { Volunteer } from '../volunteers/volunteer.entity';
import { VolunteerError } from '../volunteers/volunteer.error';
import { VolunteerRepository } from '../volunteers/volunteer.repository';
import { ownVolunteerId, VolunteerService } from '../volunteers/volunteer.service';
import { clashes } from './overlap.rule';
import { missingRequirements } from './requirements.rule';
import type {
  ApproveSignupDto,
  AssignmentsQuery,
  RejectSignupDto,
  RosterQuery,
  SignUpDto,
} from './signup.dto';
import { Signup, type Assignment } from './signup.entity';
import { SignupError } from './signup.error';
import { SignupRepository, type HeldShift } from './signup.repository';
import { holdsSeat, isActive } from './signup-status';
import { cancellationDeadline, mayCancel, signupWindow } from './signup-window.rule';
import { offerExpired } from './waitlist.rule';
import { StaffingEvents } from './staffing-events';
import { WaitlistService } from './waitlist.service';

export interface SignupResult {
  signup: Signup;
  /** Its current place in line, when waitlisted. */
  positions: Map<string, number>;
  /** False when an existing sign-up was answered (signing up twice, cancelling twice). */
  changed: boolean;
}

export interface RosterEntry {
  signup: Signup;
  volunteer: Volunteer;
}

/** What a transaction found, for answers that need more lookups once it has ended. */
type Found<T> =
  { kind: 'done'; value: T } | { kind: 'no_volunteer' } | { kind: 'no_shift' } | { kind: 'no_signup' };

/**
 * Sign-ups. Every change runs in one transaction that locks the volunteer's row (when known up front)
 * and then the shift's row, so sign-ups for one shift run one at a time and a volunteer's own sign-ups
 * too. Capacity is enforced by the conditional seat UPDATE and the table's CHECK, not by values read in
 * application code.
 */
@Injectable()
export class SignupService {
  constructor(
    private readonly signups: SignupRepository,
    private readonly shifts: ShiftRepository,
    private readonly shiftService: ShiftService,
    private readonly volunteers: VolunteerRepository,
    private readonly volunteerService: VolunteerService,
    private readonly memberships: TeamMembershipRepository,
    private readonly waitlist: WaitlistService,
    private readonly access: VolunteersAccess,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly staffing: StaffingEvents,
  ) {}

  /**
   * Signs the caller up, or (coordinators) the volunteer named in the body. Confirmed when a seat is
   * free, waitlisted when not, pending in approval mode. Signing up again answers the existing sign-up.
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
    const scope = await this.access.scope(principal, assigned ? 'signup.assign' : 'shift.read');
    const now = new Date();

    const found = await this.transactions.run(async (tx): Promise<Found<SignupResult>> => {
      const volunteer = await this.volunteers.lockForUpdate(tx, volunteerId);
      if (!volunteer) return { kind: 'no_volunteer' };
      const shift = await this.shifts.lock(tx, scope, shiftId);
      if (!shift) return { kind: 'no_shift' };
      await this.waitlist.serve(tx, shiftId, now);

      const existing = await this.signups.find(shiftId, volunteerId, tx);
      if (existing && (isActive(existing.status) || existing.status === 'rejected')) {
        return { kind: 'done', value: { signup: existing, positions: new Map(), changed: false } };
      }
      checkTakesSignups(shift, now);
      this.checkWindow(shift, now, assigned);
      await this.checkRequirements(tx, shift, volunteer);
      const held = await this.overlapping(tx, volunteerId, shift);
      if (held.length > 0 && !input.override) throw overlap(held);

      const fields: Partial<Signup> = {
        assignedBy: assigned ? principal.accountId : null,
        overrideReason: held.length > 0 ? (input.reason ?? null) : null,
        decidedBy: null,
        cancelledAt: null,
        cancelledBy: null,
        offerExpiresAt: null,
        ...(shift.signupMode === 'approval' && !assigned
          ? { status: 'pending' as const, waitlistTicket: null, confirmedAt: null }
          : await this.seatOrWaitlist(tx, shiftId, now)),
      };
      const signup = existing
        ? await this.signups.save(tx, existing.id, fields)
        : await this.signups.insert(
            tx,
            Object.assign(new Signup(), { id: newId(), shiftId, volunteerId, ...fields }),
          );
      await this.shifts.refreshStatus(tx, shiftId);
      await this.staffing.signupChanged(tx, shift, existing, signup, {
        how: assigned ? 'assigned' : 'signup',
      });
      await this.audit.record(
        {
          action: assigned ? 'signup.assigned' : 'signup.created',
          recordType: 'signup',
          recordId: signup.id,
          outcome: 'allowed',
          details: { shiftId, volunteerId, status: signup.status, ticket: signup.waitlistTicket },
        },
        tx,
      );
      if (held.length > 0) await this.auditOverride(tx, signup, held, input.reason);
      return { kind: 'done', value: { signup, positions: new Map(), changed: true } };
    });
    return this.withPositions(await this.resolve(found, principal, scope, shiftId, assigned, volunteerId));
  }

  /** The caller's own sign-up for the shift. */
  async own(principal: Principal, shiftId: string): Promise<SignupResult> {
    const volunteerId = ownVolunteerId(principal);
    const scope = await this.access.scope(principal, 'shift.read');
    const shift = await this.shifts.findById(scope, shiftId);
    if (!shift) return this.shiftService.notFound('shift.read', shiftId);
    const signup = await this.signups.find(shiftId, volunteerId);
    if (!signup) throw noSignup();
    return this.withPositions({ signup, positions: new Map(), changed: false });
  }

  /** One sign-up, for those who manage the shift and for the volunteer it belongs to; others get 404. */
  async get(principal: Principal, shiftId: string, signupId: string): Promise<SignupResult> {
    const [read, readSignup] = await Promise.all([
      this.access.scope(principal, 'shift.read'),
      this.access.scope(principal, 'signup.read'),
    ]);
    if (!(await this.shifts.findById(read, shiftId)))
      return this.shiftService.notFound('shift.read', shiftId);
    const signup = await this.signups.findById(readSignup, shiftId, signupId);
    if (!signup) return this.signupNotFound('signup.read', shiftId, signupId);
    return this.withPositions({ signup, positions: new Map(), changed: false });
  }

  /** Cancels the caller's own sign-up; a confirmed seat only until the shift's cut-off. */
  async cancelOwn(principal: Principal, shiftId: string): Promise<SignupResult> {
    const volunteerId = ownVolunteerId(principal);
    const scope = await this.access.scope(principal, 'shift.read');
    const now = new Date();
    const found = await this.transactions.run(async (tx): Promise<Found<SignupResult>> => {
      const shift = await this.shifts.lock(tx, scope, shiftId);
      if (!shift) return { kind: 'no_shift' };
      const signup = await this.signups.find(shiftId, volunteerId, tx);
      if (!signup) return { kind: 'no_signup' };
      return { kind: 'done', value: await this.cancel(tx, principal, shift, signup, now, false) };
    });
    return this.withPositions(await this.resolve(found, principal, scope, shiftId, false, volunteerId));
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
    const found = await this.transactions.run(async (tx): Promise<Found<SignupResult>> => {
      const shift = await this.shifts.lock(tx, read, shiftId);
      if (!shift) return { kind: 'no_shift' };
      const signup = await this.signups.findById(cancel, shiftId, signupId, tx);
      if (!signup) return { kind: 'no_signup' };
      const asManager = await this.access.can(principal, 'shift.manage', { teamId: shift.teamId });
      return { kind: 'done', value: await this.cancel(tx, principal, shift, signup, now, asManager) };
    });
    if (found.kind === 'no_signup') return this.signupNotFound('signup.cancel', shiftId, signupId);
    return this.withPositions(await this.resolve(found, principal, read, shiftId, false, null));
  }

  /** Claims a seat offered from the waitlist, before its deadline. */
  async claim(principal: Principal, shiftId: string): Promise<SignupResult> {
    const volunteerId = ownVolunteerId(principal);
    const scope = await this.access.scope(principal, 'shift.read');
    const now = new Date();
    const found = await this.transactions.run(async (tx): Promise<Found<SignupResult | 'expired'>> => {
      if (!(await this.volunteers.lockForUpdate(tx, volunteerId))) return { kind: 'no_volunteer' };
      const shift = await this.shifts.lock(tx, scope, shiftId);
      if (!shift) return { kind: 'no_shift' };
      const signup = await this.signups.find(shiftId, volunteerId, tx);
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
      const held = await this.overlapping(tx, volunteerId, shift);
      if (held.length > 0) throw overlap(held);
      const claimed = await this.signups.save(tx, signup.id, {
        status: 'confirmed',
        offerExpiresAt: null,
        confirmedAt: now,
      });
      await this.staffing.signupChanged(tx, shift, signup, claimed, { how: 'offer_claimed' });
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
    });
    if (found.kind === 'done' && found.value === 'expired') {
      throw new SignupError(
        'OFFER_EXPIRED',
        'The offer ran out before it was claimed; the seat went to the next in line.',
      );
    }
    return this.withPositions(
      await this.resolve(found as Found<SignupResult>, principal, scope, shiftId, false, volunteerId),
    );
  }

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
    const result = await this.shiftService.withManagedShift(principal, shiftId, async (tx, shift, scope) => {
      const signup = await this.signups.findById(scope, shiftId, signupId, tx);
      if (!signup) throw noSignup();
      if (signup.status !== 'pending') {
        if (isActive(signup.status)) return { signup, positions: new Map<string, number>(), changed: false };
        throw new SignupError(
          'SIGNUP_NOT_PENDING',
          `Only a pending sign-up can be approved; this one is ${signup.status}.`,
        );
      }
      checkTakesSignups(shift, now);
      await this.volunteers.lockForUpdate(tx, signup.volunteerId);
      const held = await this.overlapping(tx, signup.volunteerId, shift);
      if (held.length > 0 && !input.override) throw overlap(held);
      const approved = await this.signups.save(tx, signup.id, {
        ...(await this.seatOrWaitlist(tx, shiftId, now)),
        decidedBy: principal.accountId,
        overrideReason: held.length > 0 ? (input.reason ?? null) : null,
      });
      await this.shifts.refreshStatus(tx, shiftId);
      await this.staffing.signupChanged(tx, shift, signup, approved, { how: 'approved' });
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
      if (held.length > 0) await this.auditOverride(tx, approved, held, input.reason);
      return { signup: approved, positions: new Map<string, number>(), changed: true };
    });
    return this.withPositions(result);
  }

  async reject(
    principal: Principal,
    shiftId: string,
    signupId: string,
    input: RejectSignupDto,
  ): Promise<SignupResult> {
    const result = await this.shiftService.withManagedShift(principal, shiftId, async (tx, shift, scope) => {
      const signup = await this.signups.findById(scope, shiftId, signupId, tx);
      if (!signup) throw noSignup();
      if (signup.status === 'rejected')
        return { signup, positions: new Map<string, number>(), changed: false };
      if (signup.status !== 'pending') {
        throw new SignupError(
          'SIGNUP_NOT_PENDING',
          `Only a pending sign-up can be rejected; this one is ${signup.status}.`,
        );
      }
      const rejected = await this.signups.save(tx, signup.id, {
        status: 'rejected',
        decidedBy: principal.accountId,
      });
      await this.staffing.signupChanged(tx, shift, signup, rejected);
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
    return this.withPositions(result);
  }

  /** Everyone signed up for a shift, for coordinators and the leaders of its team. */
  async roster(
    principal: Principal,
    shiftId: string,
    query: RosterQuery,
  ): Promise<Page<RosterEntry> & { positions: Map<string, number> }> {
    const shift = await this.shifts.findById(await this.access.scope(principal, 'shift.read'), shiftId);
    if (!shift) return this.shiftService.notFound('shift.read', shiftId);
    if (!(await this.access.can(principal, 'shift.manage', { teamId: shift.teamId }))) {
      throw new SignupError(
        'SIGNUP_FORBIDDEN',
        'Only coordinators and the leaders of its team see who signed up.',
      );
    }
    const page = await this.signups.roster(shiftId, query);
    const [volunteers, positions] = await Promise.all([
      this.volunteers.summaries(page.items.map((s) => s.volunteerId)),
      this.signups.waitlistPositions(page.items),
    ]);
    const byId = new Map(volunteers.map((v) => [v.id, v]));
    return {
      items: page.items.map((signup) => ({ signup, volunteer: byId.get(signup.volunteerId)! })),
      nextCursor: page.nextCursor,
      positions,
    };
  }

  /** A volunteer's sign-ups with their shifts: their own, or anyone's for coordinators. */
  async assignments(
    principal: Principal,
    volunteerId: string,
    query: AssignmentsQuery,
  ): Promise<Page<Assignment> & { positions: Map<string, number> }> {
    await this.volunteerService.find(principal, 'volunteer.read', volunteerId);
    const page = await this.signups.assignments(volunteerId, query, {
      when: query.when,
      status: query.status,
      now: new Date(),
    });
    return { ...page, positions: await this.signups.waitlistPositions(page.items.map((a) => a.signup)) };
  }

  /** Takes a seat if one is free (the database decides), else a waitlist ticket. */
  private async seatOrWaitlist(tx: Tx, shiftId: string, now: Date): Promise<Partial<Signup>> {
    if (await this.shifts.takeSeat(tx, shiftId)) {
      return { status: 'confirmed', waitlistTicket: null, confirmedAt: now };
    }
    return {
      status: 'waitlisted',
      waitlistTicket: await this.shifts.nextWaitlistTicket(tx, shiftId),
      confirmedAt: null,
    };
  }

  private async cancel(
    tx: Tx,
    principal: Principal,
    shift: Shift,
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
    const freed = holdsSeat(signup.status);
    const cancelled = await this.signups.save(tx, signup.id, {
      status: 'cancelled',
      cancelledAt: now,
      cancelledBy: principal.accountId,
      offerExpiresAt: null,
    });
    if (freed) await this.shifts.releaseSeat(tx, shift.id);
    await this.staffing.signupChanged(tx, shift, signup, cancelled, { by: principal.accountId });
    await this.waitlist.serve(tx, shift.id, now);
    await this.audit.record(
      {
        action: 'signup.cancelled',
        recordType: 'signup',
        recordId: signup.id,
        outcome: 'allowed',
        details: {
          shiftId: shift.id,
          volunteerId: signup.volunteerId,
          previousStatus: signup.status,
          by: signup.volunteerId === principal.volunteerId ? 'volunteer' : 'manager',
        },
      },
      tx,
    );
    return { signup: cancelled, positions: new Map(), changed: true };
  }

  private checkWindow(shift: Shift, now: Date, assigned: boolean): void {
    // Coordinators fill gaps outside the window, but not once the shift is over (checkTakesSignups).
    if (assigned) return;
    const window = signupWindow(now, shift);
    if (window.state !== 'open') {
      throw new SignupError(
        'SIGNUP_WINDOW_CLOSED',
        window.state === 'not_open_yet'
          ? `Sign-ups open at ${window.opensAt!.toISOString()}.`
          : `Sign-ups closed at ${window.closesAt.toISOString()}.`,
        { opensAt: window.opensAt?.toISOString() ?? null, closesAt: window.closesAt.toISOString() },
      );
    }
  }

  private async checkRequirements(tx: Tx, shift: Shift, volunteer: Volunteer): Promise<void> {
    const certifications = await this.volunteers.certificationsOf(tx, volunteer.id);
    const teamIds = shift.teamId ? (await this.memberships.of(volunteer.id, tx)).memberOf : [];
    const missing = missingRequirements(shift, { skills: volunteer.skills, certifications, teamIds });
    if (missing) {
      const named = [
        ...missing.skills,
        ...missing.certifications,
        ...(missing.team ? ['membership of the team'] : []),
      ];
      throw new SignupError('SIGNUP_REQUIREMENTS_MISSING', `This shift needs: ${named.join(', ')}.`, missing);
    }
  }

  private async overlapping(tx: Tx, volunteerId: string, shift: Shift): Promise<HeldShift[]> {
    return clashes(shift, await this.signups.heldOverlapping(tx, volunteerId, shift, shift.id));
  }

  private async auditOverride(
    tx: Tx,
    signup: Signup,
    held: HeldShift[],
    reason: string | undefined,
  ): Promise<void> {
    await this.audit.record(
      {
        action: 'signup.overlap_overridden',
        recordType: 'signup',
        recordId: signup.id,
        outcome: 'allowed',
        details: {
          shiftId: signup.shiftId,
          volunteerId: signup.volunteerId,
          reason,
          overlaps: held.map((h) => h.shiftId),
        },
      },
      tx,
    );
  }

  /** Turns what a transaction did not find into the right 404 (or 422), once it has ended. */
  private async resolve(
    found: Found<SignupResult>,
    principal: Principal,
    scope: RecordScope,
    shiftId: string,
    assigned: boolean,
    volunteerId: string | null,
  ): Promise<SignupResult> {
    switch (found.kind) {
      case 'done':
        return found.value;
      case 'no_volunteer':
        if (assigned)
          throw new SignupError('SIGNUP_VOLUNTEER_UNKNOWN', `No volunteer with id ${volunteerId}.`);
        throw new VolunteerError('VOLUNTEER_NOT_FOUND', 'This account has no volunteer profile.');
      case 'no_shift':
        return this.shiftService.notFound('shift.read', shiftId);
      case 'no_signup':
        throw noSignup();
    }
  }

  /** Not there and not yours answer alike; a real sign-up out of scope is recorded as a denied attempt. */
  private signupNotFound(
    action: 'signup.read' | 'signup.cancel',
    shiftId: string,
    id: string,
  ): Promise<never> {
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

  private async withPositions(result: SignupResult): Promise<SignupResult> {
    return { ...result, positions: await this.signups.waitlistPositions([result.signup]) };
  }
}

function noSignup(): SignupError {
  return new SignupError('SIGNUP_NOT_FOUND', 'No such sign-up on this shift.');
}

/** Sign-ups need a shift that takes them and has not ended; an ended one shows as completed. */
function checkTakesSignups(shift: Shift, now: Date): void {
  // Shown differently from its stored status only when it ended while open, full or closed.
  if (shownStatus(shift.status, shift.endsAt, now) !== shift.status) {
    throw new SignupError(
      'SHIFT_OVER',
      `This shift ended at ${localDateTimeOf(shift.endsAt)} and takes no more sign-ups.`,
      { endsAt: shift.endsAt.toISOString(), status: 'completed' },
    );
  }
  if (!takesSignups(shift.status)) throw notOpen(shift);
}

function notOpen(shift: Shift): SignupError {
  return new SignupError('SHIFT_NOT_OPEN', `This shift is ${shift.status} and takes no sign-ups.`, {
    status: shift.status,
  });
}

function overlap(held: HeldShift[]): SignupError {
  return new SignupError(
    'SHIFT_OVERLAP',
    `This overlaps a shift already confirmed: ${held.map((h) => h.title).join(', ')}.`,
    {
      shifts: held.map((h) => ({
        id: h.shiftId,
        title: h.title,
        startsAt: h.startsAt.toISOString(),
        endsAt: h.endsAt.toISOString(),
      })),
    },
  );
}
