import type { Principal } from '@linkage/auth';
import type { Page, Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { ShiftService } from '../shifts/shift.service';
import type { VolunteerData } from '../volunteers/volunteer-data';
import { ownVolunteerId, VolunteerService } from '../volunteers/volunteer.service';
import type { Assignment, AssignmentRow, SignupData } from './signup-data';
import type { AssignmentsQuery, RosterQuery } from './signup.dto';
import type { Signup } from './signup.entity';
import { SignupError } from './signup.error';
import { noSignup, SignupRecords, type SignupResult } from './signup-records';
import { SignupRepository } from './signup.repository';

export interface RosterEntry {
  signup: Signup;
  volunteer: VolunteerData;
}

/**
 * Reading sign-ups: one's own, one by id, a shift's roster, a volunteer's assignments; and the narrow
 * reads other features make (attendance checks a sign-up is confirmed, the calendar feed lists them).
 */
@Injectable()
export class SignupQueries {
  constructor(
    private readonly signups: SignupRepository,
    private readonly records: SignupRecords,
    private readonly shifts: ShiftService,
    private readonly volunteers: VolunteerService,
    private readonly access: VolunteersAccess,
  ) {}

  /** The volunteer's sign-up for the shift, in the caller's transaction. */
  find(tx: Tx, shiftId: string, volunteerId: string): Promise<SignupData | null> {
    return this.signups.find(shiftId, volunteerId, tx);
  }

  /** Confirmed sign-ups on shifts that are not cancelled and ended no earlier than `since`, for a feed. */
  confirmedSince(volunteerId: string, since: Date): Promise<Assignment[]> {
    return this.signups.confirmedSince(volunteerId, since);
  }

  /** The caller's own sign-up for the shift. */
  async own(principal: Principal, shiftId: string): Promise<SignupResult> {
    const volunteerId = ownVolunteerId(principal);
    const scope = await this.access.scope(principal, 'shift.read');
    const shift = await this.shifts.findInScope(scope, shiftId);
    if (!shift) return this.shifts.notFound('shift.read', shiftId);
    const signup = await this.signups.find(shiftId, volunteerId);
    if (!signup) throw noSignup();
    return this.records.withPositions({ signup, positions: new Map(), changed: false });
  }

  /** One sign-up, for those who manage the shift and for the volunteer it belongs to; others get 404. */
  async get(principal: Principal, shiftId: string, signupId: string): Promise<SignupResult> {
    const [read, readSignup] = await Promise.all([
      this.access.scope(principal, 'shift.read'),
      this.access.scope(principal, 'signup.read'),
    ]);
    if (!(await this.shifts.findInScope(read, shiftId))) return this.shifts.notFound('shift.read', shiftId);
    const signup = await this.signups.findById(readSignup, shiftId, signupId);
    if (!signup) return this.records.notFound('signup.read', shiftId, signupId);
    return this.records.withPositions({ signup, positions: new Map(), changed: false });
  }

  /** Everyone signed up for a shift, for coordinators and the leaders of its team. */
  async roster(
    principal: Principal,
    shiftId: string,
    query: RosterQuery,
  ): Promise<Page<RosterEntry> & { positions: Map<string, number> }> {
    const shift = await this.shifts.findInScope(await this.access.scope(principal, 'shift.read'), shiftId);
    if (!shift) return this.shifts.notFound('shift.read', shiftId);
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
  ): Promise<Page<AssignmentRow>> {
    await this.volunteers.find(principal, 'volunteer.read', volunteerId);
    return this.assignmentsOf(volunteerId, query);
  }

  /**
   * The caller's own sign-ups ("my assignments"). The volunteer is the token's, so there is no access
   * to decide, only whether the profile exists: a sign-up row cannot outlive its volunteer (foreign
   * key), so a non-empty page proves it, and the profile is read only for an empty one (the 404 of an
   * account without a profile) and before following a cursor (that 404 comes before the cursor's 400).
   */
  async ownAssignments(principal: Principal, query: AssignmentsQuery): Promise<Page<AssignmentRow>> {
    const volunteerId = ownVolunteerId(principal);
    if (query.cursor) return this.assignments(principal, volunteerId, query);
    const page = await this.assignmentsOf(volunteerId, query);
    if (page.items.length === 0) await this.volunteers.find(principal, 'volunteer.read', volunteerId);
    return page;
  }

  private assignmentsOf(volunteerId: string, query: AssignmentsQuery): Promise<Page<AssignmentRow>> {
    return this.signups.assignments(volunteerId, query, {
      when: query.when,
      status: query.status,
      now: new Date(),
    });
  }
}
