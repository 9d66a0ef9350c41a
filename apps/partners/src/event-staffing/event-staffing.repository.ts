import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { EventShiftStaffing } from './event-shift-staffing.entity';

export type StaffingCount = EventShiftStaffing;

@Injectable()
export class EventStaffingRepository {
  constructor(@InjectRepository(EventShiftStaffing) private readonly repo: Repository<EventShiftStaffing>) {}

  /**
   * Keeps a shift's count unless a newer one is already there: counts are states, not deltas, so an old
   * or repeated event can only be ignored, never added. (Columns are assigned left to right, so
   * counted_at goes last: the conditions before it compare with the old value.)
   */
  async keep(tx: Tx, count: StaffingCount): Promise<void> {
    await tx.query(
      `INSERT INTO partner_event_staffing
         (shift_id, event_id, role_key, occurrence_key, capacity, confirmed, waitlisted, pending,
          starts_at, counted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE
         role_key = COALESCE(VALUES(role_key), role_key),
         occurrence_key = COALESCE(VALUES(occurrence_key), occurrence_key),
         capacity = IF(VALUES(counted_at) > counted_at, VALUES(capacity), capacity),
         confirmed = IF(VALUES(counted_at) > counted_at, VALUES(confirmed), confirmed),
         waitlisted = IF(VALUES(counted_at) > counted_at, VALUES(waitlisted), waitlisted),
         pending = IF(VALUES(counted_at) > counted_at, VALUES(pending), pending),
         starts_at = IF(VALUES(counted_at) > counted_at, VALUES(starts_at), starts_at),
         counted_at = GREATEST(counted_at, VALUES(counted_at))`,
      [
        count.shiftId,
        count.eventId,
        count.roleKey,
        count.occurrenceKey,
        count.capacity,
        count.confirmed,
        count.waitlisted,
        count.pending,
        count.startsAt,
        count.countedAt,
      ],
    );
  }

  /** The shifts of these events, soonest first. */
  ofEvents(eventIds: readonly string[]): Promise<EventShiftStaffing[]> {
    if (eventIds.length === 0) return Promise.resolve([]);
    return this.repo.find({
      where: { eventId: In([...eventIds]) },
      order: { startsAt: 'ASC', shiftId: 'ASC' },
    });
  }
}
