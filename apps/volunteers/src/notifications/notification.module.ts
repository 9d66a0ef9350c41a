import { Module } from '@nestjs/common';
import { JobsModule } from '@linkage/service-kit';
import { TransactionsModule } from '../database/transactions.module';
import { NOTIFICATION_CHANNEL } from './notification-channel';
import { NotificationSweep } from './notification-sweep.service';
import { NotificationController } from './notification.controller';
import { NotificationJob } from './notification.job';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';
import { WebhookNotificationChannel } from './webhook.channel';

/**
 * In-app notifications, reminders and the outbound channel (a webhook for now; another adapter is a
 * different `useClass`). Exports the service (sign-ups record the waitlist's news through it) and the
 * sweep; reacts to 'volunteers.shift.changed'.
 */
@Module({
  imports: [TransactionsModule, JobsModule],
  controllers: [NotificationController],
  providers: [
    NotificationRepository,
    NotificationService,
    NotificationSweep,
    NotificationJob,
    { provide: NOTIFICATION_CHANNEL, useClass: WebhookNotificationChannel },
  ],
  exports: [NotificationService, NotificationSweep],
})
export class NotificationModule {}
