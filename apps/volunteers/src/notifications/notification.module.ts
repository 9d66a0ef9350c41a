import { Module } from '@nestjs/common';
import { JobsModule } from '@linkage/service-kit';
import { TransactionsModule } from '../database/transactions.module';
import { ShiftModule } from '../shifts/shift.module';
import { NOTIFICATION_CHANNEL } from './notification-channel';
import { NotificationSweep } from './notification-sweep.service';
import { NotificationController } from './notification.controller';
import { NotificationJob } from './notification.job';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';
import { WebhookNotificationChannel } from './webhook.channel';

/**
 * In-app notifications, reminders and the outbound channel (a webhook for now; another adapter is a
 * different `useClass`). Exports the repository sign-ups record promotions with, and the sweep.
 */
@Module({
  imports: [ShiftModule, TransactionsModule, JobsModule],
  controllers: [NotificationController],
  providers: [
    NotificationRepository,
    NotificationService,
    NotificationSweep,
    NotificationJob,
    { provide: NOTIFICATION_CHANNEL, useClass: WebhookNotificationChannel },
  ],
  exports: [NotificationRepository, NotificationSweep],
})
export class NotificationModule {}
