import { Injectable, Logger } from '@nestjs/common';
import { VolunteersConfig } from '../volunteers.config';
import type { NotificationChannel, OutboundNotification } from './notification-channel';

/**
 * POSTs each notification as JSON to NOTIFICATION_WEBHOOK_URL, giving up after
 * NOTIFICATION_WEBHOOK_TIMEOUT_MS; a non-2xx answer counts as not delivered. Unset URL: nothing to send.
 */
@Injectable()
export class WebhookNotificationChannel implements NotificationChannel {
  private readonly logger = new Logger(WebhookNotificationChannel.name);

  constructor(private readonly config: VolunteersConfig) {}

  async deliver(notification: OutboundNotification): Promise<void> {
    const url = this.config.NOTIFICATION_WEBHOOK_URL;
    if (!url) return;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(notification),
      signal: AbortSignal.timeout(this.config.NOTIFICATION_WEBHOOK_TIMEOUT_MS),
    });
    // Drain the body so the connection can be reused.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) {
      this.logger.debug(`Webhook answered ${response.status} for notification ${notification.id}`);
      throw new Error(`Notification webhook answered ${response.status}`);
    }
  }
}
