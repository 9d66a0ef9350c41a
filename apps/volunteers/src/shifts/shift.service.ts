import { AuditLog, notFoundOrDenied, type Principal, type RecordScope } from '@linkage/auth';
import { newId, type Page, Transactions, type Tx } from '@linkage/database';
import { RequestValidationError } from '@linkage/errors';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { VolunteersEvents } from '../domain-events/volunteers-events';
import { TeamService } from '../teams/team.service';
import { localDatesOf } from '../time/local-date';
import { ownVolunteerId } from '../volunteers/volunteer.service';
import type { CancelShiftDto, CreateShiftDto, ListShiftsQuery, UpdateShiftDto } from './shift.dto';
import type { ShiftData } from './shift-data';
import { Shift } from './shift.entity';
import { ShiftError } from './shift.error';
import { ShiftRepository } from './shift.repository';
import { scheduleErrors, type Schedule } from './shift-schedule.rule';
import { MANUAL_SOURCE, requestedStatus, statusForSeats, type ShiftSource } from './shift-status';

export const DEFAULT_OFFER_CLAIM_MINUTES = 720;
export const DEFAULT_CANCELLATION_CUTOFF_HOURS = 24;

@Injectable()
export class ShiftService {
  constructor(
    private readonly shifts: ShiftRepository,
    private readonly teams: TeamService,
    private readonly access: VolunteersAccess,
    private readonly transactions: Transactions,
    private readonly events: VolunteersEvents,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Creates a shift. `source` says where it came from: 'manual' over HTTP; the integration with
   * screening sessions and partner events will pass its own.
   */
  async create(
    principal: Principal,
    input: CreateShiftDto,
    source: ShiftSource = MANUAL_SOURCE,
  ): Promise<Shift> {
    const teamId = input.teamId ?? null;
    await this.checkTeam(principal, teamId);
    const schedule = toSchedule(input);
    checkSchedule(schedule);
    const shift = Object.assign(new Shift(), {
      id: newId(),
      title: input.title,
      description: input.description ?? null,
      venue: input.location.venue,
      address: input.location.address ?? null,
      latitude: input.location.latitude ?? null,
      longitude: input.location.longitude ?? null,
      ...schedule,
      ...localDatesOf(schedule.startsAt, schedule.endsAt),
      capacity: input.capacity,
      seatsTaken: 0,
      waitlistCounter: 0,
      requiredSkills: input.requiredSkills ?? [],
      requiredCertifications: input.requiredCertifications ?? [],
      teamId,
      signupMode: input.signUpMode ?? 'auto',
      waitlistPromotion: input.waitlistPromotion ?? 'auto',
      offerClaimMinutes: input.offerClaimMinutes ?? DEFAULT_OFFER_CLAIM_MINUTES,
      cancellationCutoffHours: input.cancellationCutoffHours ?? DEFAULT_CANCELLATION_CUTOFF_HOURS,
      status: 'open',
      cancelReason: null,
      sourceType: source.type,
      sourceId: source.id,
      sourceRef: null,
      createdBy: principal.accountId,
    });
    const saved = await this.shifts.insert(shift);
    await this.audit.record({
      action: 'shift.created',
      recordType: 'shift',
      recordId: saved.id,
      outcome: 'allowed',
      details: { teamId, capacity: saved.capacity, source },
    });
    return saved;
  }

  /** The shift if it is within the scope, for features that answer their own 404 (`notFound`). */
  findInScope(scope: RecordScope, id: string): Promise<ShiftData | null> {
    return this.shifts.findById(scope, id);
  }

  async get(principal: Principal, id: string): Promise<Shift> {
    const scope = await this.access.scope(principal, 'shift.read');
    return (await this.shifts.findById(scope, id)) ?? this.notFound('shift.read', id);
  }

  async list(principal: Principal, query: ListShiftsQuery): Promise<Page<Shift>> {
    if (query.fits === 'me' && !principal.volunteerId) {
      throw new ShiftError('SHIFT_FIT_NEEDS_VOLUNTEER', 'fits=me needs an account with a volunteer profile.');
    }
    return this.shifts.list(await this.access.scope(principal, 'shift.read'), query, {
      now: new Date(),
      fitsVolunteerId: query.fits === 'me' ? ownVolunteerId(principal) : undefined,
    });
  }

  async update(principal: Principal, id: string, input: UpdateShiftDto): Promise<Shift> {
    rejectNulls(input);
    if (input.teamId !== undefined) await this.checkTeam(principal, input.teamId);
    return this.withManagedShift(principal, id, async (tx, shift) => {
      if (shift.status === 'cancelled' || shift.status === 'completed') {
        throw new ShiftError(
          'SHIFT_NOT_EDITABLE',
          `This shift is ${shift.status} and can no longer change.`,
          {
            status: shift.status,
          },
        );
      }
      const changes = toChanges(shift, input);
      const capacity = changes.capacity ?? shift.capacity;
      if (capacity < shift.seatsTaken) {
        throw new ShiftError(
          'SHIFT_CAPACITY_BELOW_TAKEN',
          `${shift.seatsTaken} seats are already taken; cancel sign-ups before lowering the capacity to ${capacity}.`,
          { seatsTaken: shift.seatsTaken, capacity },
        );
      }
      if (input.status) {
        const status = requestedStatus(shift.status, input.status, shift.seatsTaken, capacity);
        if (!status) {
          throw new ShiftError(
            'SHIFT_NOT_EDITABLE',
            `A ${shift.status} shift cannot become ${input.status}.`,
          );
        }
        changes.status = status;
      } else {
        changes.status = statusForSeats(shift.status, shift.seatsTaken, capacity);
      }
      const saved = await this.shifts.save(tx, id, changes);
      if (saved.status === 'completed')
        await this.events.publish(tx, 'volunteers.shift.changed', { change: 'completed', shift: saved });
      else if (Object.keys(input).some((field) => field !== 'status'))
        await this.events.publish(tx, 'volunteers.shift.changed', { change: 'changed', shift: saved });
      if (saved.seatsTaken < saved.capacity && (saved.status === 'open' || saved.status === 'full')) {
        await this.events.publish(tx, 'volunteers.shift.seats-freed', { shiftId: saved.id });
      }
      await this.audit.record(
        {
          action: 'shift.updated',
          recordType: 'shift',
          recordId: id,
          outcome: 'allowed',
          details: { fields: Object.keys(input) },
        },
        tx,
      );
      return this.shifts.refreshStatus(tx, id);
    });
  }

  /** Cancels the shift; its sign-ups stay as they are, so everyone can see what was cancelled. */
  async cancel(principal: Principal, id: string, input: CancelShiftDto): Promise<Shift> {
    return this.withManagedShift(principal, id, async (tx, shift) => {
      if (shift.status === 'cancelled') return shift;
      if (shift.status === 'completed')
        throw new ShiftError('SHIFT_NOT_EDITABLE', 'This shift is completed and can no longer be cancelled.');
      const saved = await this.shifts.save(tx, id, { status: 'cancelled', cancelReason: input.reason });
      await this.events.publish(tx, 'volunteers.shift.changed', { change: 'cancelled', shift: saved });
      await this.audit.record(
        {
          action: 'shift.cancelled',
          recordType: 'shift',
          recordId: id,
          outcome: 'allowed',
          details: { reason: input.reason },
        },
        tx,
      );
      return saved;
    });
  }

  /**
   * Runs `work` in a transaction with the shift's row locked, for someone who manages the shift. One they
   * may see but not manage is a 403 (it exists for them); one they may not see is a 404 like a missing
   * one. Those answers are worked out after the transaction, so a refused request holds no connection
   * while it looks further. `work` gets the caller's manage scope too, for the shift's records.
   */
  async withManagedShift<T>(
    principal: Principal,
    id: string,
    work: (tx: Tx, shift: ShiftData, scope: RecordScope) => Promise<T>,
  ): Promise<T> {
    const scope = await this.access.scope(principal, 'shift.manage');
    const outcome = await this.transactions.run(async (tx) => {
      const shift = await this.shifts.lock(tx, scope, id);
      return shift
        ? { found: true as const, value: await work(tx, shift, scope) }
        : { found: false as const };
    });
    if (outcome.found) return outcome.value;
    if (await this.shifts.findById(await this.access.scope(principal, 'shift.read'), id)) {
      throw new ShiftError(
        'SHIFT_MANAGE_FORBIDDEN',
        'Only coordinators and the leaders of its team manage this shift.',
      );
    }
    return this.notFound('shift.manage', id);
  }

  private async checkTeam(principal: Principal, teamId: string | null): Promise<void> {
    if (!(await this.access.can(principal, 'shift.manage', { teamId }))) {
      throw new ShiftError(
        'SHIFT_MANAGE_FORBIDDEN',
        teamId
          ? 'You can manage shifts only for the teams you lead.'
          : 'A team leader must give one of the teams they lead (teamId).',
      );
    }
    if (teamId && !(await this.teams.exists(teamId))) {
      throw new ShiftError('SHIFT_TEAM_UNKNOWN', `No team with id ${teamId}.`, { teamId });
    }
  }

  /** Not there and not yours answer alike; a real shift out of scope is recorded as a denied attempt. */
  notFound(action: 'shift.read' | 'shift.manage', id: string): Promise<never> {
    return notFoundOrDenied(
      this.audit,
      { action, recordType: 'shift', recordId: id, existsOutsideScope: () => this.shifts.exists(id) },
      new ShiftError('SHIFT_NOT_FOUND', `No shift with id ${id}.`),
    );
  }
}

/** @IsOptional lets null through; null may clear an optional field but not a required one. */
function rejectNulls(input: UpdateShiftDto): void {
  const required = [
    'title',
    'location',
    'startsAt',
    'endsAt',
    'capacity',
    'signUpMode',
    'waitlistPromotion',
    'offerClaimMinutes',
    'cancellationCutoffHours',
    'status',
  ] as const;
  const errors = required
    .filter((field) => (input[field] as unknown) === null)
    .map((field) => ({ field, messages: [`${field} must not be null`] }));
  if (errors.length > 0) throw new RequestValidationError(errors);
}

function toSchedule(input: {
  startsAt: string;
  endsAt: string;
  opensAt?: string | null;
  closesAt?: string | null;
}): Schedule {
  return {
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    opensAt: input.opensAt ? new Date(input.opensAt) : null,
    closesAt: input.closesAt ? new Date(input.closesAt) : null,
  };
}

export function checkSchedule(schedule: Schedule): void {
  const errors = scheduleErrors(schedule);
  if (errors.length > 0) {
    throw new ShiftError(
      'SHIFT_SCHEDULE_INVALID',
      "The shift's times do not fit together; see details.",
      errors,
    );
  }
}

/** The columns a PATCH changes, checked against the shift as it is (times are checked together). */
function toChanges(shift: Shift, input: UpdateShiftDto): Partial<Shift> {
  const changes: Partial<Shift> = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.description !== undefined) changes.description = input.description ?? null;
  if (input.location) {
    changes.venue = input.location.venue;
    changes.address = input.location.address ?? null;
    changes.latitude = input.location.latitude ?? null;
    changes.longitude = input.location.longitude ?? null;
  }
  if (input.capacity !== undefined) changes.capacity = input.capacity;
  if (input.requiredSkills !== undefined) changes.requiredSkills = input.requiredSkills ?? [];
  if (input.requiredCertifications !== undefined)
    changes.requiredCertifications = input.requiredCertifications ?? [];
  if (input.teamId !== undefined) changes.teamId = input.teamId ?? null;
  if (input.signUpMode !== undefined) changes.signupMode = input.signUpMode;
  if (input.waitlistPromotion !== undefined) changes.waitlistPromotion = input.waitlistPromotion;
  if (input.offerClaimMinutes !== undefined) changes.offerClaimMinutes = input.offerClaimMinutes;
  if (input.cancellationCutoffHours !== undefined)
    changes.cancellationCutoffHours = input.cancellationCutoffHours;

  const timesChanged = ['startsAt', 'endsAt', 'opensAt', 'closesAt'].some(
    (k) => input[k as keyof UpdateShiftDto] !== undefined,
  );
  if (timesChanged) {
    const schedule: Schedule = {
      startsAt: input.startsAt ? new Date(input.startsAt) : shift.startsAt,
      endsAt: input.endsAt ? new Date(input.endsAt) : shift.endsAt,
      opensAt: input.opensAt === undefined ? shift.opensAt : input.opensAt ? new Date(input.opensAt) : null,
      closesAt:
        input.closesAt === undefined ? shift.closesAt : input.closesAt ? new Date(input.closesAt) : null,
    };
    checkSchedule(schedule);
    Object.assign(changes, schedule, localDatesOf(schedule.startsAt, schedule.endsAt));
  }
  return changes;
}
