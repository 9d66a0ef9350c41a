import { moduleError } from '@linkage/errors';

export const NotificationErrorCode = {
  NOTIFICATION_NOT_FOUND: 'not_found',
} as const;

export class NotificationError extends moduleError(NotificationErrorCode) {}
