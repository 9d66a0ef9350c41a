import { moduleError } from '@linkage/errors';

export const AccountErrorCode = {
  ACCOUNT_NOT_FOUND: 'not_found',
  EMAIL_TAKEN: 'conflict',
  MOBILE_TAKEN: 'conflict',
  LAST_ADMIN: 'conflict',
  ORGANISATION_REQUIRED: 'unprocessable',
  VOLUNTEER_REQUIRED: 'unprocessable',
} as const;

export class AccountError extends moduleError(AccountErrorCode) {}
