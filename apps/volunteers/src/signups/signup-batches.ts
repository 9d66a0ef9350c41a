import {
  AuditLog,
  RequestContext,
  type AuditEntry,
  type Principal,
  type RequestContextData,
} from '@linkage/auth';
import { newId, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import type { ShiftData } from '../shifts/shift-data';
import type { VolunteerData } from '../volunteers/volunteer-data';
import type { SignUpDto } from './signup.dto';
import type { Signup } from './signup.entity';
import {
  checkQualified,
  checkTakesSignups,
  overlapError,
  overrideAudit,
  SignupEligibility,
} from './signup-eligibility';
import type { HeldShift } from './signup.repository';
import { SignupLocks, type Found } from './signup-locks';
import { signupAudit, SignupRecords, type SignupPut, type SignupResult } from './signup-records';
import { isActive } from './signup-status';
import { WaitlistService } from './waitlist.service';

/** One sign-up waiting for its shift's next batch: who asks, for whom, as what, and when. */
export interface SignupRequest {
  principal: Principal;
  volunteerId: string;
  /** A coordinator signing someone else up: no window, never pending. */
  assigned: boolean;
  input: SignUpDto;
  /** What the caller needs on the shift: to see it ('shift.read'), or to staff it ('signup.assign'). */
  needs: 'shift.read' | 'signup.assign';
  /** The request it came with: its audit entries and events name it. */
  context: RequestContextData | undefined;
  now: Date;
}

export type SignupOutcome = PromiseSettledResult<Found<SignupResult>>;

/** A request that passed every rule, with what it will save. */
interface Accepted {
  index: number;
  request: SignupRequest;
  volunteer: VolunteerData;
  existing: Signup | null;
  held: HeldShift[];
  pending: boolean;
}

/**
 * Signs up a batch of volunteers for one shift in one transaction (group commit; SignupService queues
 * them per shift with ShiftBatcher). The same rules in the same order as one sign-up alone, read for
 * the whole batch at once: every volunteer's row locked (in id order) and then the shift's; the line
 * served if due; existing sign-ups, who may see the shift, qualifications and overlaps each in one
 * statement; each request checked on its own, so a refused one gets its own error and leaves the
 * others be; then the seats and tickets of all the accepted in one UPDATE (in the order they came),
 * their rows in one INSERT, their events and audit entries in one INSERT each, and every answer's
 * place in line in one SELECT. With several replicas, each batches its own requests and the shift's
 * row lock orders the batches.
 */
@Injectable()
export class SignupBatches {
  constructor(
    private readonly locks: SignupLocks,
    private readonly records: SignupRecords,
    private readonly waitlist: WaitlistService,
    private readonly eligibility: SignupEligibility,
    private readonly access: VolunteersAccess,
    private readonly audit: AuditLog,
  ) {}

  /** Each request's outcome, in order: its sign-up, what was not found, or its own refusal. */
  run(shiftId: string, requests: readonly SignupRequest[]): Promise<SignupOutcome[]> {
    // What the batch does for no one in particular (serving the line) is done as the first request's.
    const first = requests[0]?.context;
    const work = () =>
      this.locks.runBatch(
        shiftId,
        requests.map((r) => r.volunteerId),
        (tx, shift, volunteers) =>
          shift
            ? this.signUpAll(tx, shift, volunteers, requests)
            : Promise.resolve(requests.map((r) => done(missing(volunteers.has(r.volunteerId))))),
      );
    return first ? RequestContext.run(first, work) : work();
  }

  private async signUpAll(
    tx: Tx,
    locked: ShiftData,
    volunteers: ReadonlyMap<string, VolunteerData>,
    requests: readonly SignupRequest[],
  ): Promise<SignupOutcome[]> {
    const shift = await this.waitlist.serveIfDue(tx, locked, new Date());
    const outcomes: SignupOutcome[] = new Array<SignupOutcome>(requests.length);
    const existing = await this.records.findOfVolunteers(
      tx,
      shift.id,
      requests.map((r) => r.volunteerId),
    );

    const allowed = await this.allowed(tx, shift, requests);

    // The rules that need nothing more than the rows already read.
    const candidates: { index: number; request: SignupRequest; volunteer: VolunteerData }[] = [];
    const answered: { index: number; signup: Signup }[] = [];
    requests.forEach((request, index) => {
      const volunteer = volunteers.get(request.volunteerId);
      const signup = existing.get(request.volunteerId) ?? null;
      if (!volunteer || !allowed[index]) outcomes[index] = done(missing(!!volunteer));
      else if (signup && (isActive(signup.status) || signup.status === 'rejected'))
        answered.push({ index, signup });
      else
        settle(outcomes, index, () => {
          checkTakesSignups(shift, request.now);
          this.eligibility.checkWindow(shift, request.now, request.assigned);
          candidates.push({ index, request, volunteer });
        });
    });

    // Requirements and overlaps, read for all the candidates at once, then checked one by one.
    const qualifications = await this.eligibility.qualificationsOf(
      tx,
      shift,
      candidates.map((c) => c.volunteer),
    );
    const overlaps = await this.eligibility.overlappingOf(
      tx,
      shift,
      candidates.map((c) => c.request.volunteerId),
    );
    const accepted: Accepted[] = [];
    for (const { index, request, volunteer } of candidates) {
      settle(outcomes, index, () => {
        checkQualified(shift, qualifications.get(volunteer.id)!);
        const held = overlaps.get(volunteer.id)!;
        if (held.length > 0 && !request.input.override) throw overlapError(held);
        accepted.push({
          index,
          request,
          volunteer,
          existing: existing.get(volunteer.id) ?? null,
          held,
          pending: shift.signupMode === 'approval' && !request.assigned,
        });
      });
    }

    const saved = await this.save(tx, shift, accepted);
    const positions = await this.records.positions(tx, [...saved, ...answered.map((a) => a.signup)]);
    accepted.forEach(({ index }, i) => (outcomes[index] = done(result(saved[i], positions, true))));
    for (const { index, signup } of answered) outcomes[index] = done(result(signup, positions, false));
    return outcomes;
  }

  /**
   * Whether each request's caller may sign up for the shift: what they need of it, asked of the access
   * module for all of them at once (their teams read in the batch's transaction, if a rule asks).
   */
  private async allowed(tx: Tx, shift: ShiftData, requests: readonly SignupRequest[]): Promise<boolean[]> {
    const allowed = new Array<boolean>(requests.length);
    for (const action of ['shift.read', 'signup.assign'] as const) {
      const asking = requests.flatMap((r, i) => (r.needs === action ? [i] : []));
      if (asking.length === 0) continue;
      const answers = await this.access.canEach(
        asking.map((i) => requests[i].principal),
        action,
        { teamId: shift.teamId },
        tx,
      );
      asking.forEach((i, k) => (allowed[i] = answers[k]));
    }
    return allowed;
  }

  /** Seats or tickets for the accepted in the order they came, their rows, events and audit entries. */
  private async save(tx: Tx, shift: ShiftData, accepted: readonly Accepted[]): Promise<Signup[]> {
    if (accepted.length === 0) return [];
    const seated = accepted.filter((a) => !a.pending);
    const places = await this.waitlist.seatsOrTickets(tx, shift, seated.length, new Date());
    let seat = 0;
    const puts = accepted.map(({ request, volunteer, existing, held, pending }): SignupPut => {
      const { volunteerId, assigned, principal, input } = request;
      return {
        before: existing,
        fields: {
          ...(existing ? {} : { id: newId(), shiftId: shift.id, volunteerId }),
          assignedBy: assigned ? principal.accountId : null,
          overrideReason: held.length > 0 ? (input.reason ?? null) : null,
          decidedBy: null,
          cancelledAt: null,
          cancelledBy: null,
          offerExpiresAt: null,
          ...(pending
            ? { status: 'pending' as const, waitlistTicket: null, confirmedAt: null }
            : places[seat++]),
        },
        change: { how: assigned ? 'assigned' : 'signup' },
        volunteerName: volunteer.name,
        context: request.context,
      };
    });
    const saved = await this.records.putAll(tx, shift, puts);
    const entries = accepted.flatMap(({ request, held }, i): AuditEntry[] => {
      const signup = saved[i];
      return [
        signupAudit(request.assigned ? 'signup.assigned' : 'signup.created', signup, {
          status: signup.status,
          ticket: signup.waitlistTicket,
        }),
        ...(held.length > 0 ? [overrideAudit(signup, held, request.input.reason)] : []),
      ].map((entry) => ({ ...entry, context: request.context }));
    });
    await this.audit.recordAll(entries, tx);
    return saved;
  }
}

function done<T>(value: T): PromiseFulfilledResult<T> {
  return { status: 'fulfilled', value };
}

/** What a lock found missing: the volunteer first, as a sign-up alone locks the volunteer first. */
function missing(volunteerFound: boolean): Found<SignupResult> {
  return { kind: volunteerFound ? 'no_shift' : 'no_volunteer' };
}

function result(signup: Signup, positions: Map<string, number>, changed: boolean): Found<SignupResult> {
  return { kind: 'done', value: { signup, positions, changed } };
}

/** Runs one request's checks; a refusal becomes its outcome instead of failing the batch. */
function settle(outcomes: SignupOutcome[], index: number, check: () => void): void {
  try {
    check();
  } catch (error) {
    outcomes[index] = { status: 'rejected', reason: error };
  }
}
