import { moduleError } from '@linkage/errors';

export const AuthErrorCode = {
  AUTH_REQUIRED: 'unauthorized',
  TOKEN_INVALID: 'unauthorized',
  TOKEN_EXPIRED: 'unauthorized',
  ROLE_FORBIDDEN: 'forbidden',
} as const;

export class AuthError extends moduleError(AuthErrorCode, {
  AUTH_REQUIRED: 'Sign in first: this needs an access token (Authorization: Bearer …).',
  TOKEN_INVALID: 'The access token is not valid.',
  TOKEN_EXPIRED: 'The access token has expired; refresh it or sign in again.',
  ROLE_FORBIDDEN: 'This needs one of the roles: admin, coordinator.',
}) {}
