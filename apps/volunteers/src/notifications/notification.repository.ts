import { newId, type Page, type PageQuery, paginate, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { Notification, type NotificationDetails, type NotificationKind } from './notification.entity';

export type NotificationOrder = 'unread_first' | 'newest';

/** A confirmed sign-up whose shift starts soon, with what the reminder says about the shift. */
export interface DueReminder {
  signupId: string;
  shiftId: string;
  volunteerId: string;
  title: string;
  startsAt: Date;
  venue: string;
}

const RECIPIENT_STATUSES = ['confirmed', 'waitlisted', 'offered', 'pending'];

/** Notifications, always read and changed with the volunteer they belong to. */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records a notification inside the caller's transaction, so it exists exactly when the change does. */
  async record(
    tx: Tx,
    entry: {
      volunteerId: string;
      kind: NotificationKind;
      shiftId: string | null;
      details?: NotificationDetails | null;
    },
  ): Promise<void> {
    await tx.getRepository(Notification).insert({ id: newId(), ...entry, details: entry.details ?? null });
  }

  /** Keyset pages: newest first, or unread ones (newest first) before read ones. */
  page(volunteerId: string, query: PageQuery, order: NotificationOrder): Promise<Page<Notification>> {
    const qb = this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.volunteer_id = :volunteerId', { volunteerId });
    // A cursor must name one of this volunteer's notifications.
    const at = (id: string): Promise<Notification | null> =>
      this.db.getRepository(Notification).findOneBy({ id, volunteerId });
    if (order === 'unread_first') {
      return paginate(qb, query, {
        by: ['(n.read_at IS NULL)'],
        direction: 'DESC',
        useLimit: true,
        keysOf: async (id) => {
          const cursor = await at(id);
          return cursor ? [cursor.readAt === null ? 1 : 0] : null;
        },
      });
    }
    return paginate(qb, query, {
      direction: 'DESC',
      useLimit: true,
      keysOf: async (id): Promise<[] | null> => ((await at(id)) ? [] : null),
    });
  }

  unreadCount(volunteerId: string): Promise<number> {
    return this.db.getRepository(Notification).countBy({ volunteerId, readAt: IsNull() });
  }

  /** Marks one of the volunteer's notifications read (once); null when they have no such notification. */
  async markRead(volunteerId: string, id: string, now: Date): Promise<Notification | null> {
    const repo = this.db.getRepository(Notification);
    await repo.update({ id, volunteerId, readAt: IsNull() }, { readAt: now });
    return repo.findOneBy({ id, volunteerId });
  }

  /** Those to tell about a change to the shift: everyone still signed up or in line. */
  async recipientsOf(tx: Tx, shiftId: string): Promise<string[]> {
    const rows = await tx.query<{ volunteer_id: string }[]>(
      'SELECT volunteer_id FROM shift_signups WHERE shift_id = ? AND status IN (?) ORDER BY id',
      [shiftId, RECIPIENT_STATUSES],
    );
    return rows.map((r) => r.volunteer_id);
  }

  /** Confirmed sign-ups on shifts starting in (now, until] that have no reminder yet. */
  dueReminders(now: Date, until: Date, limit: number): Promise<DueReminder[]> {
    return this.db.query(
      `SELECT su.id AS signupId, su.shift_id AS shiftId, su.volunteer_id AS volunteerId, s.title,
              s.starts_at AS startsAt, s.venue
         FROM shift_signups su JOIN shifts s ON s.id = su.shift_id
         LEFT JOIN shift_reminders r ON r.signup_id = su.id
        WHERE su.status = 'confirmed' AND s.status IN ('open', 'full', 'closed')
          AND s.starts_at > ? AND s.starts_at <= ? AND r.signup_id IS NULL
        ORDER BY s.starts_at, su.id LIMIT ?`,
      [now, until, limit],
    );
  }

  /**
   * Claims the sign-up's reminder: the primary key of shift_reminders lets one inserter win; a second
   * sweeper waits for the first's transaction and then finds the row taken. True for the winner.
   */
  async claimReminder(tx: Tx, due: DueReminder, now: Date): Promise<boolean> {
    const result = await tx.query<{ affectedRows: number }>(
      `INSERT IGNORE INTO shift_reminders (signup_id, shift_id, volunteer_id, claimed_at) VALUES (?, ?, ?, ?)`,
      [due.signupId, due.shiftId, due.volunteerId, now],
    );
    return result.affectedRows === 1;
  }

  /** Undelivered notifications whose claim (if any) has lapsed, oldest first. */
  undelivered(now: Date, maxAttempts: number, limit: number): Promise<Notification[]> {
    return this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.delivered_at IS NULL')
      .andWhere('(n.delivery_claimed_until IS NULL OR n.delivery_claimed_until < :now)', { now })
      .andWhere('n.delivery_attempts < :maxAttempts', { maxAttempts })
      .orderBy('n.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** A conditional UPDATE: of several sweepers trying the same notification, one gets it. */
  async claimDelivery(id: string, now: Date, until: Date): Promise<boolean> {
    const result = await this.db.query<{ affectedRows: number }>(
      `UPDATE notifications SET delivery_claimed_until = ?, delivery_attempts = delivery_attempts + 1
        WHERE id = ? AND delivered_at IS NULL AND (delivery_claimed_until IS NULL OR delivery_claimed_until < ?)`,
      [until, id, now],
    );
    return result.affectedRows === 1;
  }

  async markDelivered(id: string, now: Date): Promise<void> {
    await this.db
      .getRepository(Notification)
      .update({ id }, { deliveredAt: now, deliveryClaimedUntil: null });
  }
}
