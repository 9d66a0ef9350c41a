import { moduleError } from '@linkage/errors';

export const AccountErrorCode = {
  ACCOUNT_NOT_FOUND: 'not_found',
  EMAIL_TAKEN: 'conflict',
  MOBILE_TAKEN: 'conflict',
  LAST_ADMIN: 'conflict',
  ORGANISATION_REQUIRED: 'unprocessable',
  VOLUNTEER_REQUIRED: 'unprocessable',
} as const;

export class AccountError extends moduleError(AccountErrorCode, {
  ACCOUNT_NOT_FOUND: 'No account with id 0192b7e2-3c4d-7a1b-8c2d-1e2f3a4b5c6d.',
  EMAIL_TAKEN: {
    message: 'An account with the email wang.li@example.org already exists.',
    details: { email: 'wang.li@example.org' },
  },
  MOBILE_TAKEN: {
    message: 'An account with the mobile number 13805351234 already exists.',
    details: { mobile: '13805351234' },
  },
  LAST_ADMIN:
    'This is the last active admin: make another account an admin first, so someone can still manage accounts.',
  ORGANISATION_REQUIRED: {
    message: 'The partner role needs the organisation the account belongs to: give organisationId.',
    details: [{ field: 'organisationId', messages: ['organisationId is required for the partner role'] }],
  },
  VOLUNTEER_REQUIRED: {
    message: 'The volunteer role needs the volunteer profile the account belongs to: give volunteerId.',
    details: [{ field: 'volunteerId', messages: ['volunteerId is required for the volunteer role'] }],
  },
}) {}
