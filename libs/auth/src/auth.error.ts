import { moduleError } from '@linkage/errors';

export const AuthErrorCode = {
  AUTH_REQUIRED: 'unauthorized',
  TOKEN_INVALID: 'unauthorized',
  TOKEN_EXPIRED: 'unauthorized',
  ROLE_FORBIDDEN: 'forbidden',
} as const;

export class AuthError extends moduleError(AuthErrorCode) {}
