import { moduleError } from '@linkage/errors';

export const PasswordErrorCode = {
  PASSWORD_TOO_WEAK: 'unprocessable',
} as const;

export class PasswordError extends moduleError(PasswordErrorCode) {}
