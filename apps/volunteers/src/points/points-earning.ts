import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { AttendanceService } from '../attendance/attendance.service';
import {
  OnVolunteersEvent,
  type HoursAdjusted,
  type ShiftChanged,
  type VolunteersEventMap,
} from '../domain-events/volunteers-events';
import { VolunteersConfig } from '../volunteers.config';
import { PointsLedgerRepository } from './points-ledger.repository';
import { pointsFor, validatePointsRules, type PointsEvent, type PointsRule } from './points-rules';

/**
 * Appends what pointsFor gives under the rules in the config (POINTS_*), in the transaction of what
 * earned it: verified hours, an adjustment of verified hours (the difference), leading a shift that is
 * completed, and manual awards (PointsService). Never changes an entry.
 */
@Injectable()
export class PointsEarning {
  private readonly rules: readonly PointsRule[];

  constructor(
    private readonly ledger: PointsLedgerRepository,
    private readonly attendance: AttendanceService,
    config: VolunteersConfig,
  ) {
    this.rules = validatePointsRules([
      { kind: 'per_verified_hour', points: config.POINTS_PER_VERIFIED_HOUR },
      { kind: 'led_shift', points: config.POINTS_FOR_LEADING_SHIFT },
      { kind: 'training_attended', points: config.POINTS_FOR_TRAINING },
    ]);
  }

  /** Appends what the event earns, in the caller's transaction. */
  async earn(tx: Tx, event: PointsEvent, createdBy: string | null): Promise<void> {
    await this.ledger.append(tx, pointsFor(event, this.rules), createdBy);
  }

  @OnVolunteersEvent('volunteers.hours.verified.v1')
  hoursVerified(event: VolunteersEventMap['volunteers.hours.verified.v1'], tx: Tx): Promise<void> {
    return this.earn(
      tx,
      {
        type: 'hours_verified',
        volunteerId: event.volunteerId,
        hoursRecordId: event.hoursRecordId,
        hours: event.hours,
      },
      event.verifiedBy,
    );
  }

  /** Against what the record's verified hours earned so far, so it ends at what the rule gives now. */
  @OnVolunteersEvent('volunteers.hours.adjusted')
  async hoursAdjusted(event: HoursAdjusted, tx: Tx): Promise<void> {
    if (!event.verified) return;
    const previousPoints = await this.ledger.pointsForHoursRecord(tx, event.volunteerId, event.hoursRecordId);
    await this.earn(
      tx,
      {
        type: 'hours_adjusted',
        volunteerId: event.volunteerId,
        hoursRecordId: event.hoursRecordId,
        adjustmentId: event.adjustmentId,
        previousPoints,
        hours: event.hours,
      },
      event.adjustedBy,
    );
  }

  @OnVolunteersEvent('volunteers.shift.changed')
  async shiftChanged({ shift, change }: ShiftChanged, tx: Tx): Promise<void> {
    if (change !== 'completed') return;
    for (const volunteerId of await this.attendance.leadsOf(tx, shift.id)) {
      await this.earn(tx, { type: 'shift_led', volunteerId, shiftId: shift.id }, null);
    }
  }
}
