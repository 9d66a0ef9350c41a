import type { Principal } from '@linkage/auth';
import type { Page, PageQuery, Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { OnVolunteersEvent, type ShiftChanged } from '../domain-events/volunteers-events';
import { ownVolunteerId } from '../volunteers/volunteer.service';
import type { Notification } from './notification.entity';
import { NotificationError } from './notification.error';
import { NotificationRepository, type NotificationOrder } from './notification.repository';

/** The volunteer's in-app notifications, and those a change to a shift causes. */
@Injectable()
export class NotificationService {
  constructor(private readonly notifications: NotificationRepository) {}

  /** In the change's transaction: everyone on the shift or in line hears of it exactly when it happens. */
  @OnVolunteersEvent('volunteers.shift.changed')
  async shiftChanged({ shift, change }: ShiftChanged, tx: Tx): Promise<void> {
    if (change === 'completed') return;
    const kind = change === 'cancelled' ? 'shift_cancelled' : 'shift_changed';
    const details = {
      shiftTitle: shift.title,
      startsAt: shift.startsAt.toISOString(),
      venue: shift.venue,
      ...(change === 'cancelled' ? { reason: shift.cancelReason } : {}),
    };
    for (const volunteerId of await this.notifications.recipientsOf(tx, shift.id)) {
      await this.notifications.record(tx, { volunteerId, kind, shiftId: shift.id, details });
    }
  }

  /** What the waitlist tells a volunteer, recorded in the transaction that served it. */
  recordWaitlistNews(
    tx: Tx,
    volunteerId: string,
    kind: 'waitlist_promoted' | 'waitlist_offered' | 'waitlist_offer_expired',
    shiftId: string,
  ): Promise<void> {
    return this.notifications.record(tx, { volunteerId, kind, shiftId });
  }

  async mine(
    principal: Principal,
    query: PageQuery,
    order: NotificationOrder,
  ): Promise<Page<Notification> & { unreadCount: number }> {
    const volunteerId = ownVolunteerId(principal);
    const [page, unreadCount] = await Promise.all([
      this.notifications.page(volunteerId, query, order),
      this.notifications.unreadCount(volunteerId),
    ]);
    return { ...page, unreadCount };
  }

  /** Only one's own: anyone else's is the same 404 as a missing one. */
  async markRead(principal: Principal, id: string): Promise<Notification> {
    const notification = await this.notifications.markRead(ownVolunteerId(principal), id, new Date());
    if (!notification) {
      throw new NotificationError('NOTIFICATION_NOT_FOUND', `No notification with id ${id}.`);
    }
    return notification;
  }
}
