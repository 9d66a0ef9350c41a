import { moduleError } from '@linkage/errors';

export const PasswordErrorCode = {
  PASSWORD_TOO_WEAK: 'unprocessable',
} as const;

export class PasswordError extends moduleError(PasswordErrorCode, {
  PASSWORD_TOO_WEAK: {
    message: 'The password needs at least 10 characters (it has 6) and a digit.',
    details: [
      {
        field: 'password',
        messages: ['password needs at least 10 characters (it has 6)', 'password needs a digit'],
      },
    ],
  },
}) {}
