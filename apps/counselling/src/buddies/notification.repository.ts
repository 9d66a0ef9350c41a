import { applyScope, type RecordScope, type ScopeColumns } from '@linkage/auth';
import { isDuplicateEntry } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Notification } from './notification.entity';

/** A notification belongs to its account (owner). */
const COLUMNS: ScopeColumns = { owner: 'n.account_id' };

/** How many notifications a list shows: the newest; older ones have long been acted on. */
const LIST_LIMIT = 100;

@Injectable()
export class NotificationRepository {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  /**
   * Writes the notification unless one with its dedupe key exists: the unique key is the claim, so of
   * replicas (or runs) writing the same nudge, exactly one succeeds. True when this call wrote it.
   */
  async insertOnce(notification: Notification): Promise<boolean> {
    try {
      await this.notifications.insert(notification);
      return true;
    } catch (error) {
      if (isDuplicateEntry(error)) return false;
      throw error;
    }
  }

  list(scope: RecordScope, unreadOnly: boolean): Promise<Notification[]> {
    const qb = applyScope(this.notifications.createQueryBuilder('n'), scope, COLUMNS);
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    return qb.orderBy('n.id', 'DESC').limit(LIST_LIMIT).getMany();
  }

  find(scope: RecordScope, id: string): Promise<Notification | null> {
    return applyScope(this.notifications.createQueryBuilder('n'), scope, COLUMNS)
      .andWhere('n.id = :id', { id })
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.notifications.existsBy({ id });
  }

  async markRead(id: string, at: Date): Promise<Notification> {
    await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: at })
      .where('id = :id AND read_at IS NULL', { id })
      .execute();
    return this.notifications.findOneByOrFail({ id });
  }
}
