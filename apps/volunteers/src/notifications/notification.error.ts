import { moduleError } from '@linkage/errors';

export const NotificationErrorCode = {
  NOTIFICATION_NOT_FOUND: 'not_found',
} as const;

export class NotificationError extends moduleError(NotificationErrorCode, {
  NOTIFICATION_NOT_FOUND: 'No notification with id 0192b7e2-c7d8-7e9f-9a0b-1c2d3e4f5a6b.',
}) {}
