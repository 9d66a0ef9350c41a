import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EventHistoryAction, EventStatus } from './event-lifecycle.rule';

/** One entry of an event's history, which both sides see: who moved it where, when, and what they said. */
@Entity('partner_event_transitions')
@Index('ix_partner_event_transitions_event', ['eventId', 'id'])
export class EventTransition {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'char', length: 36 })
  eventId: string;

  @Column({ type: 'varchar', length: 20 })
  action: EventHistoryAction;

  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus: EventStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus: EventStatus;

  @Column({ name: 'by_account', type: 'char', length: 36 })
  byAccount: string;

  @Column({ name: 'by_name', type: 'varchar', length: 100 })
  byName: string;

  @Column({ name: 'by_role', type: 'varchar', length: 20 })
  byRole: string;

  /** The change request, the reason, or what changed after approval. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment: string | null;

  /** The event's version after this entry. */
  @Column({ type: 'int', unsigned: true })
  version: number;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;
}
