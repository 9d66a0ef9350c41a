import type { Principal } from '@linkage/auth';
import type { Page, PageQuery } from '@linkage/database';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ShiftHooks } from '../shifts/shift-hooks';
import { ownVolunteerId } from '../volunteers/volunteer.service';
import type { Notification } from './notification.entity';
import { NotificationError } from './notification.error';
import { NotificationRepository, type NotificationOrder } from './notification.repository';

/** The volunteer's in-app notifications, and those a change to a shift causes. */
@Injectable()
export class NotificationService implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly shiftHooks: ShiftHooks,
  ) {}

  onModuleInit(): void {
    // In the change's transaction: everyone on the shift or in line hears of it exactly when it happens.
    this.shiftHooks.onChanged(async (tx, shift, change) => {
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
    });
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
