import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One shift of a partner event as volunteers counts it: the newest count (`countedAt`) is kept. */
@Entity('partner_event_staffing')
@Index('ix_partner_event_staffing_event', ['eventId', 'startsAt'])
export class EventShiftStaffing {
  @PrimaryColumn({ name: 'shift_id', type: 'char', length: 36 })
  shiftId: string;

  @Column({ name: 'event_id', type: 'char', length: 36 })
  eventId: string;

  /** Which role and occurrence the shift is, once volunteers says so (null until then). */
  @Column({ name: 'role_key', type: 'varchar', length: 24, nullable: true })
  roleKey: string | null;

  @Column({ name: 'occurrence_key', type: 'varchar', length: 24, nullable: true })
  occurrenceKey: string | null;

  @Column({ type: 'int', unsigned: true })
  capacity: number;

  @Column({ type: 'int', unsigned: true })
  confirmed: number;

  @Column({ type: 'int', unsigned: true })
  waitlisted: number;

  @Column({ type: 'int', unsigned: true })
  pending: number;

  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  startsAt: Date;

  @Column({ name: 'counted_at', type: 'datetime', precision: 3 })
  countedAt: Date;
}
