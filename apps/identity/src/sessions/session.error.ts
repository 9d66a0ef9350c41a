import { moduleError } from '@linkage/errors';

export const SessionErrorCode = {
  INVALID_CREDENTIALS: 'unauthorized',
  LOGIN_THROTTLED: 'too_many_requests',
  ACCOUNT_DEACTIVATED: 'forbidden',
  REFRESH_TOKEN_INVALID: 'unauthorized',
  REFRESH_TOKEN_EXPIRED: 'unauthorized',
  REFRESH_TOKEN_REUSED: 'unauthorized',
} as const;

export class SessionError extends moduleError(SessionErrorCode) {}
