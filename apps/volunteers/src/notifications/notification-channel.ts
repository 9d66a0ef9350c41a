import type { NotificationKind } from './notification.entity';

/** A notification as it leaves the service (webhook, and later SMS or WeChat). */
export interface OutboundNotification {
  id: string;
  volunteerId: string;
  kind: NotificationKind;
  shiftId: string | null;
  message: string;
  details: Record<string, unknown> | null;
  createdAt: string;
}

/**
 * Where notifications go beyond the app. `deliver` rejects when the message did not get through; the
 * notification sweep then tries again later, so a channel never fails the request that caused it.
 */
export interface NotificationChannel {
  deliver(notification: OutboundNotification): Promise<void>;
}

/** The Nest injection token of the configured channel. */
export const NOTIFICATION_CHANNEL = Symbol('NOTIFICATION_CHANNEL');
