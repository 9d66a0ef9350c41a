import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const NOTIFICATION_KINDS = ['buddy_quiet'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What an in-app notification says, by kind (the portal words it from the kind and these values). */
export interface BuddyQuietDetails {
  programmeId: string;
  buddyName: string;
  /** The buddy's last check-in day, null when they never checked in. */
  lastCheckInOn: string | null;
  quietDays: number;
}

/**
 * An in-app notification for one account. `dedupeKey` is unique: the job's claim. Whichever replica
 * inserts it first sends the nudge; the others' inserts find the key taken and do nothing.
 */
@Entity('notifications')
@Index('ix_notifications_account', ['accountId', 'id'])
export class Notification {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'account_id', type: 'char', length: 36 })
  accountId: string;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ type: 'json' })
  details: BuddyQuietDetails;

  @Index('ux_notifications_dedupe', { unique: true })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 120 })
  dedupeKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'datetime', precision: 3, nullable: true })
  readAt: Date | null;
}
