import { AuditLog } from '@linkage/auth';
import { newId, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersEvents } from '../domain-events/volunteers-events';
import { localDatesOf } from '../time/local-date';
import type { ShiftData } from './shift-data';
import { Shift } from './shift.entity';
import { ShiftRepository } from './shift.repository';
import {
  checkSchedule,
  DEFAULT_CANCELLATION_CUTOFF_HOURS,
  DEFAULT_OFFER_CLAIM_MINUTES,
} from './shift.service';
import type { ShiftSourceType } from './shift-status';
import { statusForSeats } from './shift-status';
import { keptCapacity } from './sourced-shift.rule';
import {
  type CurrentShift,
  type DesiredShift,
  planCancellation,
  planShifts,
  type ShiftPlanStep,
} from './sourced-shifts.plan';

/** A step of a source's schedule that could not be carried out, and why (for the consumer to log). */
export type SkippedShift = Extract<ShiftPlanStep, { kind: 'skip' }>;

/** Where shifts made by another context come from: a partner event, a screening session. */
export interface ShiftSourceKey {
  type: Exclude<ShiftSourceType, 'manual'>;
  id: string;
}

/** What a source decides about its shifts; everything else (team, waitlist, cut-off) keeps the defaults. */
export interface SourcedShiftFields {
  title: string;
  description: string | null;
  venue: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  requiredSkills: string[];
  requiredCertifications: string[];
  signupMode: 'auto' | 'approval';
}

/**
 * Shifts that another context owns the plan of (an approved partner event, a screening session), changed by that context's
 * events inside the consumer's transaction: the shifts of a source locked together, one created, updated
 * or cancelled. A system change: no principal, `created_by` NULL. They tell the other features what the
 * manual paths tell (ShiftService): 'volunteers.shift.changed' (volunteers on the shift are notified,
 * staffing is published), 'volunteers.shift.seats-freed' (the waitlist is served), and
 * 'volunteers.shift.created' so partners see a new shift's staffing at once.
 */
@Injectable()
export class SourcedShifts {
  constructor(
    private readonly shifts: ShiftRepository,
    private readonly events: VolunteersEvents,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Reconciles the source's shifts with what its schedule now asks for (sourced-shifts.plan.ts): creates
   * what is missing, updates what differs, cancels what is gone. Answers what it could not do.
   */
  async follow(tx: Tx, source: ShiftSourceKey, desired: readonly DesiredShift[]): Promise<SkippedShift[]> {
    const current = await this.lockAll(tx, source);
    return this.carryOut(tx, source, current, planShifts(current.map(toCurrent), desired, new Date()));
  }

  /** The source was cancelled: every shift of it not yet over is cancelled with the reason. */
  async cancelAll(tx: Tx, source: ShiftSourceKey, reason: string): Promise<void> {
    const current = await this.lockAll(tx, source);
    await this.carryOut(tx, source, current, planCancellation(current.map(toCurrent), reason, new Date()));
  }

  /** Every shift of the source, locked for the rest of `tx` (cancelled and ended ones too). */
  lockAll(tx: Tx, source: ShiftSourceKey): Promise<ShiftData[]> {
    return this.shifts.lockBySource(tx, source.type, source.id);
  }

  /** A new open shift for `ref` of the source; the unique (source, ref) key refuses a second one. */
  create(tx: Tx, source: ShiftSourceKey, ref: string, fields: SourcedShiftFields): Promise<ShiftData> {
    return this.insert(tx, source, ref, fields, 'open');
  }

  /**
   * A shift for work that took place elsewhere (a counselling session its peer facilitators ran), made
   * completed: it takes no sign-ups and holds the hours recorded for it. Unique per (source, ref) too.
   */
  createCompleted(
    tx: Tx,
    source: ShiftSourceKey,
    ref: string,
    fields: SourcedShiftFields,
  ): Promise<ShiftData> {
    return this.insert(tx, source, ref, fields, 'completed');
  }

  private async insert(
    tx: Tx,
    source: ShiftSourceKey,
    ref: string,
    fields: SourcedShiftFields,
    status: 'open' | 'completed',
  ): Promise<ShiftData> {
    const schedule = { startsAt: fields.startsAt, endsAt: fields.endsAt, opensAt: null, closesAt: null };
    checkSchedule(schedule);
    const shift = Object.assign(new Shift(), {
      id: newId(),
      ...fields,
      ...schedule,
      ...localDatesOf(fields.startsAt, fields.endsAt),
      seatsTaken: 0,
      waitlistCounter: 0,
      teamId: null,
      waitlistPromotion: 'auto',
      offerClaimMinutes: DEFAULT_OFFER_CLAIM_MINUTES,
      cancellationCutoffHours: DEFAULT_CANCELLATION_CUTOFF_HOURS,
      status,
      cancelReason: null,
      sourceType: source.type,
      sourceId: source.id,
      sourceRef: ref,
      createdBy: null,
    });
    const saved = await this.shifts.insert(shift, tx);
    await this.events.publish(tx, 'volunteers.shift.created', { shift: saved });
    await this.audit.record(
      {
        action: 'shift.created',
        recordType: 'shift',
        recordId: saved.id,
        outcome: 'allowed',
        details: { capacity: saved.capacity, source, ref, status },
      },
      tx,
    );
    return saved;
  }

  /**
   * Applies the source's changes to a shift locked by `lockAll`. Cancelled and completed shifts no longer
   * change (answered as they are). The capacity is kept at max(asked, seats taken): a source lowering its
   * numbers below the places already given does not take anyone's place away (sourced-shift.rule.ts).
   */
  async update(tx: Tx, shift: ShiftData, fields: Partial<SourcedShiftFields>): Promise<ShiftData> {
    if (shift.status === 'cancelled' || shift.status === 'completed') return shift;
    const changes: Partial<Shift> = { ...fields };
    if (fields.startsAt || fields.endsAt) {
      const schedule = {
        startsAt: fields.startsAt ?? shift.startsAt,
        endsAt: fields.endsAt ?? shift.endsAt,
        opensAt: shift.opensAt,
        closesAt: shift.closesAt && shift.closesAt > (fields.endsAt ?? shift.endsAt) ? null : shift.closesAt,
      };
      checkSchedule(schedule);
      Object.assign(changes, schedule, localDatesOf(schedule.startsAt, schedule.endsAt));
    }
    const capacity = keptCapacity(fields.capacity ?? shift.capacity, shift.seatsTaken);
    changes.capacity = capacity;
    changes.status = statusForSeats(shift.status, shift.seatsTaken, capacity);
    const saved = await this.shifts.save(tx, shift.id, changes);
    await this.events.publish(tx, 'volunteers.shift.changed', { change: 'changed', shift: saved });
    if (capacity > shift.capacity && saved.seatsTaken < saved.capacity) {
      await this.events.publish(tx, 'volunteers.shift.seats-freed', { shiftId: saved.id });
    }
    await this.audit.record(
      {
        action: 'shift.updated',
        recordType: 'shift',
        recordId: shift.id,
        outcome: 'allowed',
        details: { fields: Object.keys(fields), source: { type: shift.sourceType, id: shift.sourceId } },
      },
      tx,
    );
    return this.shifts.refreshStatus(tx, shift.id);
  }

  /** Cancels a shift locked by `lockAll` with the source's reason; its sign-ups stay, as on the manual path. */
  async cancel(tx: Tx, shift: ShiftData, reason: string): Promise<ShiftData> {
    if (shift.status === 'cancelled' || shift.status === 'completed') return shift;
    const saved = await this.shifts.save(tx, shift.id, { status: 'cancelled', cancelReason: reason });
    await this.events.publish(tx, 'volunteers.shift.changed', { change: 'cancelled', shift: saved });
    await this.audit.record(
      {
        action: 'shift.cancelled',
        recordType: 'shift',
        recordId: shift.id,
        outcome: 'allowed',
        details: { reason, source: { type: shift.sourceType, id: shift.sourceId } },
      },
      tx,
    );
    return saved;
  }

  private async carryOut(
    tx: Tx,
    source: ShiftSourceKey,
    current: readonly ShiftData[],
    steps: readonly ShiftPlanStep[],
  ): Promise<SkippedShift[]> {
    const byId = new Map(current.map((s) => [s.id, s]));
    const skipped: SkippedShift[] = [];
    for (const step of steps) {
      if (step.kind === 'create') await this.create(tx, source, step.ref, step.fields);
      else if (step.kind === 'update') await this.update(tx, byId.get(step.shiftId)!, step.changes);
      else if (step.kind === 'cancel') await this.cancel(tx, byId.get(step.shiftId)!, step.reason);
      else skipped.push(step);
    }
    return skipped;
  }
}

function toCurrent(shift: ShiftData): CurrentShift {
  return {
    id: shift.id,
    ref: shift.sourceRef,
    status: shift.status,
    seatsTaken: shift.seatsTaken,
    title: shift.title,
    description: shift.description,
    venue: shift.venue,
    address: shift.address,
    latitude: shift.latitude,
    longitude: shift.longitude,
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
    capacity: shift.capacity,
    requiredSkills: [...shift.requiredSkills],
    requiredCertifications: [...shift.requiredCertifications],
    signupMode: shift.signupMode,
  };
}
