import { moduleError } from '@linkage/errors';

export const SessionErrorCode = {
  INVALID_CREDENTIALS: 'unauthorized',
  LOGIN_THROTTLED: 'too_many_requests',
  ACCOUNT_DEACTIVATED: 'forbidden',
  REFRESH_TOKEN_INVALID: 'unauthorized',
  REFRESH_TOKEN_EXPIRED: 'unauthorized',
  REFRESH_TOKEN_REUSED: 'unauthorized',
} as const;

export class SessionError extends moduleError(SessionErrorCode, {
  INVALID_CREDENTIALS: 'The login or the password is not right.',
  LOGIN_THROTTLED: {
    message: 'Too many failed sign-ins; try again in 300 seconds.',
    details: { retryAfterSeconds: 300 },
  },
  ACCOUNT_DEACTIVATED: 'This account has been deactivated; ask an admin.',
  REFRESH_TOKEN_INVALID: 'The refresh token is not valid (signed out or unknown); sign in again.',
  REFRESH_TOKEN_EXPIRED: 'The refresh token has expired; sign in again.',
  REFRESH_TOKEN_REUSED:
    'This refresh token was already used, so it may have been copied: every session it belongs to has been ended. Sign in again.',
}) {}
