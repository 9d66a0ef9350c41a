import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * What a volunteer should be told. Recorded in the same transaction as the change it is about; reading
 * them and sending them on (a webhook channel, reminders) come later.
 */
export const NOTIFICATION_KINDS = [
  'waitlist_promoted',
  'waitlist_offered',
  'waitlist_offer_expired',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

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

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
