import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { InboxStatus } from './inbox-status.rule';

/**
 * A work item another service addressed to a partner organisation, kept with its origin (the sender's
 * record) and what the organisation did with it. `itemId` is the sender's id: unique, so an item that
 * arrives twice (redelivered, or re-sent under a new event id) is one item.
 */
@Entity('partner_inbox_items')
export class InboxItem {
  /** Ours (UUIDv7, so the inbox pages in the order items arrived). */
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Index('uq_partner_inbox_items_item', { unique: true })
  @Column({ name: 'item_id', type: 'char', length: 36 })
  itemId: string;

  @Column({ name: 'organisation_id', type: 'char', length: 36 })
  organisationId: string;

  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ name: 'origin_service', type: 'varchar', length: 40 })
  originService: string;

  @Column({ name: 'origin_entity_type', type: 'varchar', length: 60 })
  originEntityType: string;

  @Column({ name: 'origin_entity_id', type: 'varchar', length: 100 })
  originEntityId: string;

  @Column({ type: 'json', nullable: true })
  details: Record<string, string | number | boolean | null> | null;

  @Column({ name: 'due_at', type: 'datetime', precision: 3, nullable: true })
  dueAt: Date | null;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3 })
  sentAt: Date;

  @Column({ name: 'received_at', type: 'datetime', precision: 3 })
  receivedAt: Date;

  @Column({ type: 'varchar', length: 12 })
  status: InboxStatus;

  @Column({ name: 'accepted_at', type: 'datetime', precision: 3, nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by', type: 'char', length: 36, nullable: true })
  acceptedBy: string | null;

  @Column({ name: 'outcome_category', type: 'varchar', length: 60, nullable: true })
  outcomeCategory: string | null;

  @Column({ name: 'outcome_notes', type: 'text', nullable: true })
  outcomeNotes: string | null;

  @Column({ name: 'outcome_at', type: 'datetime', precision: 3, nullable: true })
  outcomeAt: Date | null;

  @Column({ name: 'outcome_by', type: 'char', length: 36, nullable: true })
  outcomeBy: string | null;

  @Column({ name: 'outcome_by_name', type: 'varchar', length: 100, nullable: true })
  outcomeByName: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
