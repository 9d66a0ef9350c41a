import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * What a volunteer should be told. Recorded in the same transaction as the change it is about; the
 * volunteer reads them in the app, and the notification sweep sends each on through the outbound
 * channel (see NotificationChannel).
 */
export const NOTIFICATION_KINDS = [
  'waitlist_promoted',
  'waitlist_offered',
  'waitlist_offer_expired',
  'shift_changed',
  'shift_cancelled',
  'shift_reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The shift as it stood when the notification was written, so the message reads the same later. */
export interface NotificationDetails {
  shiftTitle?: string;
  startsAt?: string;
  venue?: string;
  reason?: string | null;
}

@Entity('notifications')
export class Notification {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'volunteer_id', type: 'char', length: 36 })
  volunteerId: string;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ name: 'shift_id', type: 'char', length: 36, nullable: true })
  shiftId: string | null;

  @Column({ type: 'json', nullable: true })
  details: NotificationDetails | null;

  @Column({ name: 'read_at', type: 'datetime', precision: 3, nullable: true })
  readAt: Date | null;

  @Column({ name: 'delivered_at', type: 'datetime', precision: 3, nullable: true })
  deliveredAt: Date | null;

  /** A sweeper sending it holds it until then; after that another may try again. */
  @Column({ name: 'delivery_claimed_until', type: 'datetime', precision: 3, nullable: true })
  deliveryClaimedUntil: Date | null;

  @Column({ name: 'delivery_attempts', type: 'int', unsigned: true, default: 0 })
  deliveryAttempts: number;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
