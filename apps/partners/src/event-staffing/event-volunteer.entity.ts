import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type EventVolunteerStatus = 'confirmed' | 'cancelled';

/**
 * A volunteer's place on one of our events' shifts as volunteers last reported it
 * (volunteers.assignment.confirmed/cancelled.v1): the newest change (`changedAt`) is kept.
 */
@Entity('partner_event_volunteers')
@Index('ix_partner_event_volunteers_event', ['eventId', 'changedAt'])
export class EventVolunteer {
  @PrimaryColumn({ name: 'shift_id', type: 'char', length: 36 })
  shiftId: string;

  @PrimaryColumn({ name: 'volunteer_id', type: 'char', length: 36 })
  volunteerId: string;

  @Column({ name: 'event_id', type: 'char', length: 36 })
  eventId: string;

  /** The volunteer's name as volunteers keeps it; null when the event carried none (published before it did). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  name: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: EventVolunteerStatus;

  @Column({ name: 'changed_at', type: 'datetime', precision: 3 })
  changedAt: Date;
}
