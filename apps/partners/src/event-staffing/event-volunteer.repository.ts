import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { EventVolunteer } from './event-volunteer.entity';

@Injectable()
export class EventVolunteerRepository {
  constructor(@InjectRepository(EventVolunteer) private readonly repo: Repository<EventVolunteer>) {}

  /**
   * Keeps a volunteer's place on a shift unless a newer change is already there: a redelivered or late
   * event can only be ignored. A change without a name keeps the name we have. (Columns are assigned
   * left to right, so changed_at goes last: the conditions before it compare with the old value.)
   */
  async keep(tx: Tx, change: EventVolunteer): Promise<void> {
    await tx.query(
      `INSERT INTO partner_event_volunteers (shift_id, volunteer_id, event_id, name, status, changed_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE
         name = IF(VALUES(changed_at) > changed_at, COALESCE(VALUES(name), name), COALESCE(name, VALUES(name))),
         status = IF(VALUES(changed_at) > changed_at, VALUES(status), status),
         changed_at = GREATEST(changed_at, VALUES(changed_at))`,
      [change.shiftId, change.volunteerId, change.eventId, change.name, change.status, change.changedAt],
    );
  }

  /** The volunteers confirmed on these events' shifts, in the order they came. */
  confirmedOn(eventIds: readonly string[]): Promise<EventVolunteer[]> {
    if (eventIds.length === 0) return Promise.resolve([]);
    return this.repo.find({
      where: { eventId: In([...eventIds]), status: 'confirmed' },
      order: { changedAt: 'ASC', volunteerId: 'ASC' },
    });
  }
}
