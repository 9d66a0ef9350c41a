import { Inject, Injectable, Logger } from '@nestjs/common';
import { Transactions } from '@linkage/database';
import { NOTIFICATION_CHANNEL, type NotificationChannel } from './notification-channel';
import { notificationMessage } from './notification-message';
import { NotificationRepository } from './notification.repository';

export const REMINDER_LEAD_MS = 24 * 3_600_000;
const BATCH = 100;
/** How long a sweeper holds a notification it is sending: well over the webhook's longest timeout. */
const DELIVERY_CLAIM_MS = 120_000;
/** After this many failed sends a notification stays in-app only. */
const MAX_DELIVERY_ATTEMPTS = 10;

export interface SweepOutcome {
  reminders: number;
  delivered: number;
  failed: number;
}

/**
 * One pass of the notification job: claims the reminders now due (24 h before a shift), then sends
 * undelivered notifications through the channel. Both claims are in the database (a primary key, a
 * conditional UPDATE), so any number of replicas may sweep at once and each reminder is written once
 * and each notification sent by one of them at a time. A failed send waits for its claim to lapse and
 * is tried again by a later sweep.
 */
@Injectable()
export class NotificationSweep {
  private readonly logger = new Logger(NotificationSweep.name);

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly transactions: Transactions,
    @Inject(NOTIFICATION_CHANNEL) private readonly channel: NotificationChannel,
  ) {}

  async sweep(now: Date = new Date()): Promise<SweepOutcome> {
    const reminders = await this.remind(now);
    const { delivered, failed } = await this.deliver(now);
    return { reminders, delivered, failed };
  }

  /** Writes the reminder notification of every confirmed sign-up whose shift starts within 24 h. */
  async remind(now: Date = new Date()): Promise<number> {
    const due = await this.notifications.dueReminders(now, new Date(now.getTime() + REMINDER_LEAD_MS), BATCH);
    let written = 0;
    for (const reminder of due) {
      const claimed = await this.transactions.run(async (tx) => {
        if (!(await this.notifications.claimReminder(tx, reminder, now))) return false;
        await this.notifications.record(tx, {
          volunteerId: reminder.volunteerId,
          kind: 'shift_reminder',
          shiftId: reminder.shiftId,
          details: {
            shiftTitle: reminder.title,
            startsAt: new Date(reminder.startsAt).toISOString(),
            venue: reminder.venue,
          },
        });
        return true;
      });
      if (claimed) written += 1;
    }
    return written;
  }

  /** Sends what is undelivered; failures are logged and left for a later sweep. */
  async deliver(now: Date = new Date()): Promise<{ delivered: number; failed: number }> {
    let delivered = 0;
    let failed = 0;
    const pending = await this.notifications.undelivered(now, MAX_DELIVERY_ATTEMPTS, BATCH);
    for (const n of pending) {
      if (!(await this.notifications.claimDelivery(n.id, now, new Date(now.getTime() + DELIVERY_CLAIM_MS)))) {
        continue;
      }
      try {
        await this.channel.deliver({
          id: n.id,
          volunteerId: n.volunteerId,
          kind: n.kind,
          shiftId: n.shiftId,
          message: notificationMessage(n.kind, n.details),
          details: n.details ? { ...n.details } : null,
          createdAt: n.createdAt.toISOString(),
        });
        await this.notifications.markDelivered(n.id, new Date());
        delivered += 1;
      } catch (error) {
        failed += 1;
        this.logger.warn(
          `Notification ${n.id} not delivered (attempt ${n.deliveryAttempts + 1}): ${String(error)}`,
        );
      }
    }
    return { delivered, failed };
  }
}
