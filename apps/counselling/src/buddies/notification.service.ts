import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { CounsellingAccess } from '../access/counselling.access';
import { Clock } from '../clock/clock';
import { BuddyError } from './buddy.error';
import type { Notification } from './notification.entity';
import { NotificationRepository } from './notification.repository';

/** A member's in-app notifications (their own only). */
@Injectable()
export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly access: CounsellingAccess,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, unreadOnly: boolean): Promise<Notification[]> {
    return this.notifications.list(await this.access.scope(principal, 'own.use'), unreadOnly);
  }

  async markRead(principal: Principal, id: string): Promise<Notification> {
    const found = await this.notifications.find(await this.access.scope(principal, 'own.use'), id);
    if (!found) {
      return notFoundOrDenied(
        this.audit,
        {
          action: 'own.use',
          recordType: 'notification',
          recordId: id,
          existsOutsideScope: () => this.notifications.exists(id),
        },
        new BuddyError('NOTIFICATION_NOT_FOUND', `No notification with id ${id}.`),
      );
    }
    return found.readAt ? found : this.notifications.markRead(id, this.clock.now());
  }
}
